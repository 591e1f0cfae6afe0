#pragma once

namespace qianyue::ui {

/// How often due reminders are looked for and how long a snooze lasts. These
/// belong to the person at this computer, not to the shared database, so they
/// live in QSettings.
struct ReminderSettings {
    static constexpr int kMinInterval = 1;
    static constexpr int kMaxInterval = 240;
    static constexpr int kMinSnooze = 1;
    static constexpr int kMaxSnooze = 24 * 60;

    int checkIntervalMinutes = 5;
    int snoozeMinutes = 10;

    /// The stored options, with the defaults above for what was never set or is out of range.
    static ReminderSettings load();
    void save() const;

    bool operator==(const ReminderSettings &) const = default;
};

} // namespace qianyue::ui
