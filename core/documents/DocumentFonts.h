#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace qianyue {

/// The typefaces of printed documents: Noto Sans CJK SC for text and tables
/// (its Latin letters and figures are drawn to match its Chinese), Noto Serif
/// CJK SC Bold for titles. Both are registered once per process as rebuilt
/// faces (see OpenTypeFace) so that text copied out of the PDF is the text
/// that was printed. Needs a QGuiApplication; call from the GUI thread.
class DocumentFonts
{
public:
    /// The fonts, loaded on first use.
    static const DocumentFonts &instance();

    /// Body and table text.
    QFont sans(qreal pointSize, bool bold = false) const;
    /// Titles and the letterhead's company name.
    QFont serif(qreal pointSize) const;

    /// Whether the rebuilt Noto CJK faces are in use; false when they were not
    /// found and an installed CJK family stands in.
    bool rebuilt() const { return m_rebuilt; }
    /// The font files the faces came from, for diagnostics.
    QStringList sources() const { return m_sources; }

private:
    DocumentFonts();
    QFont make(const QString &family, qreal pointSize, bool bold) const;

    QString m_sans;
    QString m_serif;
    QStringList m_fallbacks;
    QStringList m_sources;
    bool m_rebuilt = false;
};

} // namespace qianyue
