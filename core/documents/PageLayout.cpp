#include "core/documents/PageLayout.h"

namespace qianyue {

std::vector<LaidOutPage> PageLayout::paginate(const std::vector<LayoutItem> &items,
                                              const std::vector<qreal> &tableHeaderHeights,
                                              const std::function<qreal(int)> &bodyHeight)
{
    std::vector<LaidOutPage> pages(1);
    int page = 0;
    qreal y = 0;
    bool pageEmpty = true;
    int headedTable = -1; // the table whose header row is already on this page

    const auto headerHeight = [&](int table) {
        return table >= 0 && std::size_t(table) < tableHeaderHeights.size() ? tableHeaderHeights[std::size_t(table)] : 0.0;
    };

    // What the chain starting at `first` needs on the current page: gaps,
    // headers for table rows that need one, and the items up to the first
    // one that is not kept with the next.
    const auto chainNeed = [&](std::size_t first) {
        qreal need = 0;
        int table = headedTable;
        bool empty = pageEmpty;
        for (std::size_t k = first; k < items.size(); ++k) {
            const LayoutItem &item = items[k];
            if (!empty)
                need += item.spaceBefore;
            if (item.table >= 0 && item.table != table)
                need += headerHeight(item.table);
            table = item.table;
            need += item.height;
            empty = false;
            if (!item.keepWithNext)
                break;
        }
        return need;
    };

    for (std::size_t i = 0; i < items.size(); ++i) {
        const LayoutItem &item = items[i];
        if (!pageEmpty && y + chainNeed(i) > bodyHeight(page)) {
            pages.emplace_back();
            ++page;
            y = 0;
            pageEmpty = true;
            headedTable = -1;
        }
        if (!pageEmpty)
            y += item.spaceBefore;
        if (item.table >= 0 && item.table != headedTable) {
            pages[std::size_t(page)].placed.push_back({-1, item.table, y});
            y += headerHeight(item.table);
        }
        headedTable = item.table;
        pages[std::size_t(page)].placed.push_back({int(i), -1, y});
        y += item.height;
        pageEmpty = false;
    }
    return pages;
}

} // namespace qianyue
