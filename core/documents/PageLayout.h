#pragma once

#include <QtGlobal>

#include <functional>
#include <vector>

namespace qianyue {

/// One unbreakable piece of a document's flow: a paragraph line, a heading,
/// a table row with all its cells, the totals, a signature block.
struct LayoutItem {
    qreal height = 0;
    qreal spaceBefore = 0;     ///< gap above (above the header for a table's first row), dropped at the top of a page
    bool keepWithNext = false; ///< never the last item of a page (headings, a table's last row before the totals)
    int table = -1;            ///< the table this row belongs to, or -1
};

/// Where an item, or a repeated table header, lands on a page.
struct PlacedItem {
    int item = -1;         ///< index into the items, or -1 for a table header
    int headerOfTable = -1; ///< for a table header: the table it heads
    qreal y = 0;           ///< top edge, from the top of the page's body
};

/// The items of one page, top to bottom.
struct LaidOutPage {
    std::vector<PlacedItem> placed;
};

/// Breaks a flow of items into pages. The rules a printed document needs:
/// - an item is never split;
/// - a table's header row is repeated at the top of every page its rows
///   continue on, and a header is only placed together with a row under it;
/// - an item marked keepWithNext moves to the next page together with what
///   follows it, so headings and other keep-with-next items never end a page;
/// - gaps vanish at the top of a page.
/// An item (or chain) taller than a whole page is placed on a page of its own.
class PageLayout
{
public:
    /// `bodyHeight(page)` is the usable height of page `page` (0-based);
    /// `tableHeaderHeights[t]` the height of table t's header row.
    static std::vector<LaidOutPage> paginate(const std::vector<LayoutItem> &items,
                                             const std::vector<qreal> &tableHeaderHeights,
                                             const std::function<qreal(int)> &bodyHeight);
};

} // namespace qianyue
