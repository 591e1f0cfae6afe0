#pragma once

#include <QList>

class QAbstractButton;

namespace qianyue::ui {

/// Gives a row of buttons whose labels change with the record's state (the
/// chain steps) distinct Alt+key mnemonics, so every step can be reached
/// from the keyboard without fixing a letter in each translation.
class Mnemonics
{
public:
    /// Keeps mnemonics the labels already have, then marks the first free
    /// letter or digit of each other label; a label with none (Chinese) gets
    /// a free letter appended as " (&X)", the way Chinese desktop programs show it.
    static void assign(const QList<QAbstractButton *> &buttons);
    /// The mnemonic character of `text` (upper case), or a null QChar.
    static QChar of(const QString &text);
};

} // namespace qianyue::ui
