#include "ui/common/Mnemonics.h"

#include <QAbstractButton>
#include <QSet>

namespace qianyue::ui {

namespace {

bool usable(QChar c)
{
    // Only ASCII letters and digits can be typed with Alt on every keyboard layout.
    return c.unicode() < 128 && c.isLetterOrNumber();
}

} // namespace

QChar Mnemonics::of(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toUpper();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

void Mnemonics::assign(const QList<QAbstractButton *> &buttons)
{
    QSet<QChar> taken;
    for (const QAbstractButton *button : buttons) {
        if (const QChar c = of(button->text()); !c.isNull())
            taken.insert(c);
    }
    for (QAbstractButton *button : buttons) {
        QString text = button->text();
        if (text.isEmpty() || !of(text).isNull())
            continue;
        bool placed = false;
        for (qsizetype i = 0; i < text.size() && !placed; ++i) {
            const QChar c = text.at(i).toUpper();
            if (usable(text.at(i)) && !taken.contains(c)) {
                taken.insert(c);
                text.insert(i, QLatin1Char('&'));
                placed = true;
            }
        }
        for (char c = 'A'; c <= 'Z' && !placed; ++c) {
            if (!taken.contains(QLatin1Char(c))) {
                taken.insert(QLatin1Char(c));
                text += QStringLiteral(" (&") + QLatin1Char(c) + QLatin1Char(')');
                placed = true;
            }
        }
        button->setText(text);
    }
}

} // namespace qianyue::ui
