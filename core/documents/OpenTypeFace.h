#pragma once

#include "core/domain/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <map>

namespace qianyue {

/// Rebuilds one face of an OpenType font or collection (.ttc) into a
/// standalone font that Qt's PDF writer can copy text out of correctly.
///
/// Qt writes a PDF font's ToUnicode map by asking, for every glyph, which is
/// the lowest code point that maps to it. CJK fonts map the Kangxi radicals
/// (U+2F00…) and the CJK radicals supplement (U+2E80…) onto the same glyphs as
/// the ideographs they look like, so 人 would be copied out as ⼈ (U+2F08).
/// The rebuilt face drops those look-alike entries (and control characters,
/// which Qt maps onto the space glyph) from its character map, and leaves
/// out the layout tables, so every drawn glyph is one the map names.
class OpenTypeFace
{
    Q_DECLARE_TR_FUNCTIONS(OpenTypeFace)

public:
    /// What the rebuild did.
    struct Rebuilt {
        QByteArray font;        ///< the standalone font file
        QString postscriptName; ///< the rebuilt face's PostScript name
        int droppedCodePoints = 0;
    };

    /// Takes the face named `family` (name ID 16 or 1, e.g. "Noto Sans CJK SC")
    /// out of `file` and renames it to `newFamily` with style `style`, so it can
    /// sit next to the installed original without being mistaken for it.
    ///
    /// A `subsetTag` of six capital letters goes in front of the PostScript
    /// name ("QYSANR+NotoSansCJKsc-Regular"): Qt embeds only the glyphs a PDF
    /// uses but names the font without the tag the PDF format asks subsets
    /// to carry, and the PostScript name is what it writes.
    static Result<Rebuilt> rebuild(const QByteArray &file, const QString &family, const QString &newFamily,
                                   const QString &style, const QString &subsetTag = {});

    /// The Unicode character map of the first face of `font`: code point → glyph.
    static Result<std::map<char32_t, quint32>> characterMap(const QByteArray &font);
};

} // namespace qianyue
