#include "ui/settings/ReminderSettings.h"

#include <QSettings>

#include <algorithm>

namespace qianyue::ui {

namespace {

const auto kIntervalKey = QStringLiteral("reminders/check_interval_minutes");
const auto kSnoozeKey = QStringLiteral("reminders/default_snooze_minutes");

int stored(const QSettings &settings, const QString &key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok ? std::clamp(value, low, high) : fallback;
}

} // namespace

ReminderSettings ReminderSettings::load()
{
    const QSettings settings;
    ReminderSettings options;
    options.checkIntervalMinutes =
        stored(settings, kIntervalKey, options.checkIntervalMinutes, kMinInterval, kMaxInterval);
    options.snoozeMinutes = stored(settings, kSnoozeKey, options.snoozeMinutes, kMinSnooze, kMaxSnooze);
    return options;
}

void ReminderSettings::save() const
{
    QSettings settings;
    settings.setValue(kIntervalKey, checkIntervalMinutes);
    settings.setValue(kSnoozeKey, snoozeMinutes);
}

} // namespace qianyue::ui
