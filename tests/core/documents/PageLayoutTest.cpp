#include "core/documents/PageLayout.h"
#include "tests/support/TestSupport.h"

using namespace qianyue;

namespace {

LayoutItem row(qreal height, bool keepWithNext = false)
{
    return {height, 0, keepWithNext, 0};
}

LayoutItem block(qreal height, bool keepWithNext = false, qreal spaceBefore = 0)
{
    return {height, spaceBefore, keepWithNext, -1};
}

// Items of `page` that are rows (not headers), as item indexes.
std::vector<int> itemsOn(const LaidOutPage &page)
{
    std::vector<int> items;
    for (const PlacedItem &placed : page.placed) {
        if (placed.item >= 0)
            items.push_back(placed.item);
    }
    return items;
}

const auto kPage = [](int) { return 100.0; };

} // namespace

TEST_CASE("Table rows continue under a repeated header and are never split")
{
    std::vector<LayoutItem> items{block(30)};
    for (int i = 0; i < 10; ++i)
        items.push_back(row(20));
    const auto pages = PageLayout::paginate(items, {10}, kPage);
    // Page 1: block 30 + header 10 + 3 rows = 100; then header 10 + 4 rows = 90 per page.
    REQUIRE(pages.size() == 3);
    CHECK(itemsOn(pages[0]) == std::vector<int>{0, 1, 2, 3});
    CHECK(itemsOn(pages[1]) == std::vector<int>{4, 5, 6, 7});
    CHECK(itemsOn(pages[2]) == std::vector<int>{8, 9, 10});
    for (const LaidOutPage &page : pages) {
        for (std::size_t i = 0; i < page.placed.size(); ++i) {
            const PlacedItem &placed = page.placed[i];
            if (placed.item < 0) {
                REQUIRE(i + 1 < page.placed.size()); // a header always has a row under it
                CHECK(page.placed[i + 1].item >= 0);
            }
            const qreal height = placed.item < 0 ? 10 : items[std::size_t(placed.item)].height;
            CHECK(placed.y + height <= 100);
        }
    }
    CHECK(pages[1].placed.front().headerOfTable == 0);
    CHECK(pages[1].placed.front().y == 0);
}

TEST_CASE("A header is not left alone at the foot of a page")
{
    // 85 used: the header (10) would fit, the header and the first row (20) would not.
    const auto pages = PageLayout::paginate({block(85), row(20), row(20)}, {10}, kPage);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].placed.size() == 1);
    CHECK(pages[1].placed.front().item == -1);
    CHECK(itemsOn(pages[1]) == std::vector<int>{1, 2});
}

TEST_CASE("Keep-with-next chains move to the next page together")
{
    // A heading (keep with next) and its first line do not fit under the 80 already used.
    const auto pages = PageLayout::paginate({block(80), block(10, true), block(15), block(15)}, {}, kPage);
    REQUIRE(pages.size() == 2);
    CHECK(itemsOn(pages[0]) == std::vector<int>{0});
    CHECK(itemsOn(pages[1]) == std::vector<int>{1, 2, 3});

    // The last row kept with the totals: both move, under a repeated header.
    const auto totals = PageLayout::paginate({block(40), row(20), row(20, true), block(25)}, {10}, kPage);
    REQUIRE(totals.size() == 2);
    CHECK(itemsOn(totals[0]) == std::vector<int>{0, 1});
    CHECK(totals[1].placed.front().headerOfTable == 0);
    CHECK(itemsOn(totals[1]) == std::vector<int>{2, 3});
}

TEST_CASE("Gaps vanish at the top of a page and oversized items get a page of their own")
{
    const auto pages = PageLayout::paginate({block(90), block(20, false, 8), block(150), block(5, false, 4)}, {}, kPage);
    REQUIRE(pages.size() == 4);
    CHECK(pages[1].placed.front().y == 0);
    CHECK(itemsOn(pages[2]) == std::vector<int>{2});
    CHECK(itemsOn(pages[3]) == std::vector<int>{3});

    const auto within = PageLayout::paginate({block(50), block(20, false, 8)}, {}, kPage);
    REQUIRE(within.size() == 1);
    CHECK(within[0].placed[1].y == 58);
}

TEST_CASE("Page heights may differ from page to page")
{
    std::vector<LayoutItem> items;
    for (int i = 0; i < 6; ++i)
        items.push_back(row(20));
    const auto pages = PageLayout::paginate(items, {0}, [](int page) { return page == 0 ? 40.0 : 80.0; });
    REQUIRE(pages.size() == 2);
    CHECK(itemsOn(pages[0]).size() == 2);
    CHECK(itemsOn(pages[1]).size() == 4);
}
