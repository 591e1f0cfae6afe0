#include "core/documents/DocumentFonts.h"

#include "core/documents/OpenTypeFace.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QStandardPaths>

namespace qianyue {

namespace {

const QString kSansFamily = QStringLiteral("Qianyue Print Sans");
const QString kSerifFamily = QStringLiteral("Qianyue Print Serif");

struct WantedFace {
    QStringList files; ///< collection first, then the single-face files some distributions ship
    QString family;
    QString newFamily;
    QString style;
    QString subsetTag; ///< one per face, as the PDF format wants for subsets in one file
};

QStringList fontDirectories()
{
    QStringList dirs;
    if (const QString own = qEnvironmentVariable("QIANYUE_FONT_DIR"); !own.isEmpty())
        dirs << own;
    dirs << QStringLiteral("/usr/share/fonts/opentype/noto") << QStringLiteral("/usr/share/fonts/noto-cjk")
         << QStringLiteral("/usr/share/fonts/google-noto-cjk") << QStringLiteral("/usr/share/fonts/opentype/noto-cjk")
         << QStringLiteral("/usr/share/fonts/noto") << QStringLiteral("/usr/local/share/fonts");
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        dirs << data + QStringLiteral("/fonts");
    return dirs;
}

QString findFile(const QStringList &names)
{
    for (const QString &dir : fontDirectories()) {
        for (const QString &name : names) {
            const QString path = QDir(dir).filePath(name);
            if (QFile::exists(path))
                return path;
        }
    }
    return {};
}

// Registers the rebuilt face; returns the file it came from, or empty when it was not found or not usable.
QString registerFace(const WantedFace &wanted)
{
    const QString path = findFile(wanted.files);
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The collections hold ten faces in 20 MB or more; mapping the file lets
    // the rebuild copy just the one face it needs.
    uchar *mapped = file.map(0, file.size());
    const QByteArray contents = mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file.size()) : file.readAll();
    auto rebuilt = OpenTypeFace::rebuild(contents, wanted.family, wanted.newFamily, wanted.style, wanted.subsetTag);
    if (!rebuilt)
        return {};
    const int id = QFontDatabase::addApplicationFontFromData(rebuilt->font);
    if (id < 0 || !QFontDatabase::applicationFontFamilies(id).contains(wanted.newFamily))
        return {};
    return path;
}

// Installed families that can stand in when the Noto CJK files are missing, best first.
QString installedCjkFamily(const QStringList &candidates)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : candidates) {
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    }
    return {};
}

} // namespace

const DocumentFonts &DocumentFonts::instance()
{
    static const DocumentFonts fonts;
    return fonts;
}

DocumentFonts::DocumentFonts()
{
    const WantedFace sansRegular{{QStringLiteral("NotoSansCJK-Regular.ttc"), QStringLiteral("NotoSansCJKsc-Regular.otf")},
                                 QStringLiteral("Noto Sans CJK SC"), kSansFamily, QStringLiteral("Regular"), QStringLiteral("QYSANR")};
    const WantedFace sansBold{{QStringLiteral("NotoSansCJK-Bold.ttc"), QStringLiteral("NotoSansCJKsc-Bold.otf")},
                              QStringLiteral("Noto Sans CJK SC"), kSansFamily, QStringLiteral("Bold"), QStringLiteral("QYSANB")};
    const WantedFace serifBold{{QStringLiteral("NotoSerifCJK-Bold.ttc"), QStringLiteral("NotoSerifCJKsc-Bold.otf")},
                               QStringLiteral("Noto Serif CJK SC"), kSerifFamily, QStringLiteral("Bold"), QStringLiteral("QYSERB")};

    const QString regularFile = registerFace(sansRegular);
    if (!regularFile.isEmpty()) {
        m_rebuilt = true;
        m_sans = kSansFamily;
        m_sources << regularFile;
        // Without its own bold face Qt emboldens the regular one, which still reads well.
        if (const QString boldFile = registerFace(sansBold); !boldFile.isEmpty())
            m_sources << boldFile;
        if (const QString serifFile = registerFace(serifBold); !serifFile.isEmpty()) {
            m_serif = kSerifFamily;
            m_sources << serifFile;
        }
    } else {
        m_sans = installedCjkFamily({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                     QStringLiteral("Source Han Sans CN"), QStringLiteral("WenQuanYi Zen Hei"),
                                     QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Droid Sans Fallback")});
        m_serif = installedCjkFamily({QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC")});
    }
    if (m_serif.isEmpty())
        m_serif = m_sans;
    // Characters outside the CJK fonts (rare symbols) fall back to these.
    m_fallbacks = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("DejaVu Sans")};
}

QFont DocumentFonts::make(const QString &family, qreal pointSize, bool bold) const
{
    QFont font;
    QStringList families;
    if (!family.isEmpty())
        families << family;
    families << m_fallbacks;
    font.setFamilies(families);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Glyphs straight from the character map: nothing a shaper substitutes can
    // lose its way back to the text in the PDF.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QFont DocumentFonts::sans(qreal pointSize, bool bold) const
{
    return make(m_sans, pointSize, bold);
}

QFont DocumentFonts::serif(qreal pointSize) const
{
    return make(m_serif, pointSize, true);
}

} // namespace qianyue
