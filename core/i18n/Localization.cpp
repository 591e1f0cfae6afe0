#include "core/i18n/Localization.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace qianyue {

Localization::Localization() = default;

Localization::~Localization()
{
    removeInstalled();
}

QStringList Localization::availableLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Localization::systemLanguage()
{
    // Any Chinese locale gets Simplified Chinese: it is the product's first language.
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Localization::nativeName(const QString &language)
{
    if (language == u"zh_CN")
        return QStringLiteral("中文（简体）");
    return QStringLiteral("English");
}

QString Localization::install(const QString &language)
{
    removeInstalled();
    const QString chosen = availableLanguages().contains(language) ? language : QStringLiteral("en");

    m_app = std::make_unique<QTranslator>();
    if (m_app->load(QStringLiteral(":/i18n/qianyue_") + chosen + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(m_app.get());
    else
        m_app.reset();

    // Qt's own strings (standard buttons, file dialogs) come from qtbase.
    m_qt = std::make_unique<QTranslator>();
    if (chosen != u"en"
        && m_qt->load(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    else
        m_qt.reset();

    QLocale::setDefault(QLocale(chosen));
    m_current = chosen;
    return chosen;
}

void Localization::removeInstalled()
{
    if (m_app && QCoreApplication::instance())
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt && QCoreApplication::instance())
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

} // namespace qianyue
