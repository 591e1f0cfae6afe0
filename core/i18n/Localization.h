#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace qianyue {

/// Loads Qianyue's and Qt's own translations for one language and swaps them
/// at run time. The GUI and the CLI share it.
class Localization
{
    Q_DECLARE_TR_FUNCTIONS(Localization)

public:
    Localization();
    ~Localization();

    /// Languages Qianyue ships, as locale names ("zh_CN", "en").
    static QStringList availableLanguages();
    /// The shipped language that best fits the system locale.
    static QString systemLanguage();
    /// The language's own name for itself, for menus ("中文（简体）", "English").
    static QString nativeName(const QString &language);

    /// Installs the translators for `language`; unknown names fall back to English.
    /// Returns the language actually installed.
    QString install(const QString &language);
    QString current() const { return m_current; }

private:
    void removeInstalled();

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace qianyue
