#include "core/store/Database.h"
#include "core/store/RecordStore.h"
#include "core/store/ReferenceDataBuilder.h"
#include "core/workflow/OpportunityWorkflow.h"
#include "tests/support/TestSupport.h"
#include "ui/pipeline/BoardColumn.h"
#include "ui/pipeline/PipelineBoard.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace qianyue;
using namespace qianyue::ui;

namespace {

const QDate kToday(2026, 11, 23);

std::unique_ptr<Database> referenceDatabase(test::TempDir &tmp, qint64 customers)
{
    auto db = Database::open(tmp.file(QStringLiteral("board.db")), Database::Mode::CreateNew);
    REQUIRE(db);
    REQUIRE(ReferenceDataBuilder(**db, DataSetSize::forCustomers(customers), 7, DemoVocabulary::Language::Chinese, kToday)
                .build());
    return std::move(*db);
}

qint64 number(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto value = db.scalar(sql, values);
    REQUIRE(value);
    return value->toLongLong();
}

QList<qint64> openStageIds(Database &db)
{
    auto query = db.query(QStringLiteral("SELECT id FROM pipeline_stages WHERE outcome = 'open' ORDER BY position"));
    REQUIRE(query);
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

QList<qint64> shownStageIds(const PipelineBoard &board)
{
    QList<qint64> ids;
    for (const BoardStage &stage : board.stages())
        ids << stage.id;
    return ids;
}

const BoardStage &stageOf(const PipelineBoard &board, qint64 stageId)
{
    for (const BoardStage &stage : board.stages()) {
        if (stage.id == stageId)
            return stage;
    }
    FAIL("stage " << stageId << " is not on the board");
    return board.stages().front();
}

qint64 historyRows(Database &db, qint64 opportunity, qint64 from, qint64 to)
{
    return number(db, QStringLiteral("SELECT count(*) FROM opportunity_stage_history"
                                     " WHERE opportunity_id = ? AND from_stage_id = ? AND to_stage_id = ?"),
                  {opportunity, from, to});
}

// Runs the event loop until `done` holds or two seconds passed (queued drops land this way).
bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < 2000)
        QTest::qWait(10);
    return done();
}

// Answers the next modal dialog that opens (a refusal's message box) by closing it.
void closeNextModal(bool *seen)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, seen] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            *seen = qobject_cast<QMessageBox *>(modal) != nullptr;
            modal->close();
            poll->deleteLater();
        }
    });
    poll->start(10);
    // Never left polling into later tests when the dialog did not come.
    QTimer::singleShot(5000, poll, &QObject::deleteLater);
}

// Drags a card onto a column as the platform would: enter (which makes the
// column the drag's target), then drop.
void dropCard(BoardColumn *target, qint64 opportunityId, qint64 fromStage)
{
    std::unique_ptr<QMimeData> mime(cardMimeData({opportunityId, fromStage}));
    QDragEnterEvent enter(QPoint(10, 10), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target->viewport(), &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target->viewport(), &drop);
    CHECK(drop.isAccepted());
}

} // namespace

TEST_CASE("The board counts and totals every open opportunity per stage as SQL does")
{
    test::TempDir tmp;
    auto db = referenceDatabase(tmp, 200);
    // A dollar deal: totals are kept per currency, never added across.
    OpportunityWorkflow opportunities(*db);
    auto dollars = opportunities.create({{QStringLiteral("name"), QStringLiteral("Export order")},
                                         {QStringLiteral("customer_id"), 1},
                                         {QStringLiteral("amount"), 123456},
                                         {QStringLiteral("currency"), QStringLiteral("USD")},
                                         {QStringLiteral("owner_id"), 1}},
                                        kToday);
    REQUIRE(dollars);

    PipelineBoard board(*db);
    board.setCardLimit(25);
    board.reload();
    REQUIRE(board.lastError().isEmpty());
    REQUIRE(shownStageIds(board) == openStageIds(*db));
    qint64 total = 0;
    for (qint64 stageId : openStageIds(*db)) {
        INFO("stage " << stageId);
        const BoardStage &stage = stageOf(board, stageId);
        const qint64 expected = number(*db, QStringLiteral("SELECT count(*) FROM opportunities WHERE stage_id = ? AND status = 'open'"),
                                       {stageId});
        REQUIRE(expected > 25);
        CHECK(stage.count == expected);
        total += expected;

        auto sums = db->query(QStringLiteral("SELECT currency, SUM(amount) FROM opportunities"
                                             " WHERE stage_id = ? AND status = 'open' GROUP BY currency ORDER BY currency"),
                              {stageId});
        REQUIRE(sums);
        std::vector<std::pair<QString, qint64>> totals;
        while (sums->next())
            totals.emplace_back(sums->value(0).toString(), sums->value(1).toLongLong());
        CHECK(stage.totals == totals);

        // Only the first 25 are cards; the header still speaks for all of them.
        BoardColumn *column = board.column(stageId);
        REQUIRE(column);
        CHECK(column->count() == 25);
        CHECK(board.hiddenCards(stageId) == expected - 25);
        auto *more = board.findChild<QLabel *>(QStringLiteral("more_%1").arg(stageId));
        REQUIRE(more);
        CHECK(more->text().contains(QString::number(expected - 25)));
        CHECK(board.header(stageId)->text().contains(QString::number(expected)));

        // Cards are the soonest expected closes of the stage, in that order.
        const QString cutoff = db->scalar(QStringLiteral("SELECT expected_close_date FROM opportunities"
                                                         " WHERE stage_id = ? AND status = 'open'"
                                                         " ORDER BY expected_close_date IS NULL, expected_close_date, id"
                                                         " LIMIT 1 OFFSET 24"),
                                          {stageId})
                                   .value_or(QVariant())
                                   .toString();
        QString previous;
        for (qint64 id : column->cardIds()) {
            const QString close = db->scalar(QStringLiteral("SELECT expected_close_date FROM opportunities"
                                                            " WHERE id = ? AND stage_id = ? AND status = 'open'"),
                                             {id, stageId})
                                      .value_or(QVariant())
                                      .toString();
            REQUIRE_FALSE(close.isEmpty());
            CHECK(close >= previous);
            CHECK(close <= cutoff);
            previous = close;
        }
    }
    const BoardStage &first = stageOf(board, openStageIds(*db).first());
    CHECK(first.totals.size() == 2);
    CHECK(board.header(first.id)->text().contains(QStringLiteral("US$1,234.56")));
    CHECK(board.findChild<QLabel *>(QStringLiteral("boardSummary"))->text().contains(QString::number(total)));
}

TEST_CASE("The owner and text filters narrow cards and counts alike")
{
    test::TempDir tmp;
    auto db = referenceDatabase(tmp, 200);
    const qint64 owner = number(*db, QStringLiteral("SELECT owner_id FROM opportunities WHERE status = 'open'"
                                                    " GROUP BY owner_id ORDER BY count(*) DESC, owner_id LIMIT 1"));
    const QString ownerName = db->scalar(QStringLiteral("SELECT name FROM users WHERE id = ?"), {owner})->toString();
    PipelineBoard board(*db);
    board.reload();

    // Through the combo, as a user picks a salesperson.
    auto *combo = board.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
    REQUIRE(combo);
    CHECK(combo->count() == 1 + number(*db, QStringLiteral("SELECT count(*) FROM users WHERE active = 1")));
    const int index = combo->findData(owner);
    REQUIRE(index > 0);
    combo->setCurrentIndex(index);
    REQUIRE(board.filter().ownerId == owner);
    qint64 shown = 0;
    for (qint64 stageId : openStageIds(*db)) {
        INFO("stage " << stageId);
        CHECK(stageOf(board, stageId).count
              == number(*db, QStringLiteral("SELECT count(*) FROM opportunities WHERE stage_id = ? AND status = 'open' AND owner_id = ?"),
                        {stageId, owner}));
        for (int row = 0; row < board.column(stageId)->count(); ++row)
            CHECK(board.column(stageId)->item(row)->data(BoardColumn::OwnerRole).toString() == ownerName);
        shown += board.column(stageId)->count();
    }
    CHECK(shown > 0);

    // Text narrows within the owner's opportunities, on the customer's name too.
    const QString customer = db->scalar(QStringLiteral("SELECT c.name FROM opportunities t JOIN customers c ON c.id = t.customer_id"
                                                       " WHERE t.owner_id = ? AND t.status = 'open' ORDER BY t.id LIMIT 1"),
                                        {owner})
                                 ->toString();
    const QString part = customer.left(4);
    board.setTextFilter(part);
    for (qint64 stageId : openStageIds(*db)) {
        INFO("stage " << stageId << " text " << part.toStdString());
        CHECK(stageOf(board, stageId).count
              == number(*db, QStringLiteral("SELECT count(*) FROM opportunities t LEFT JOIN customers c ON c.id = t.customer_id"
                                            " WHERE t.stage_id = ? AND t.status = 'open' AND t.owner_id = ?"
                                            " AND (t.name LIKE ? OR t.code LIKE ? OR c.name LIKE ?)"),
                        {stageId, owner, QString(QLatin1Char('%') + part + QLatin1Char('%')),
                         QString(QLatin1Char('%') + part + QLatin1Char('%')), QString(QLatin1Char('%') + part + QLatin1Char('%'))}));
    }
    qint64 matches = 0;
    for (const BoardStage &stage : board.stages())
        matches += stage.count;
    CHECK(matches >= 1);

    // Back to everyone: the whole pipeline again.
    board.setOwnerFilter(std::nullopt);
    board.setTextFilter(QString());
    CHECK(stageOf(board, openStageIds(*db).first()).count
          == number(*db, QStringLiteral("SELECT count(*) FROM opportunities WHERE stage_id = ? AND status = 'open'"),
                    {openStageIds(*db).first()}));
}

TEST_CASE("Moving a card changes the stage through the workflow and writes stage history")
{
    test::TempDir tmp;
    auto db = referenceDatabase(tmp, 60);
    const QList<qint64> stages = openStageIds(*db);
    PipelineBoard board(*db);
    board.setCardLimit(1000);
    board.reload();
    QSignalSpy changed(&board, &PipelineBoard::opportunitiesChanged);
    const qint64 id = board.column(stages[0])->cardIds().first();
    const qint64 before0 = stageOf(board, stages[0]).count;
    const qint64 before1 = stageOf(board, stages[1]).count;

    REQUIRE(board.moveCard(id, stages[1]));
    CHECK(number(*db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {id}) == stages[1]);
    CHECK(historyRows(*db, id, stages[0], stages[1]) == 1);
    CHECK_FALSE(board.column(stages[0])->cardIds().contains(id));
    CHECK(board.column(stages[1])->cardIds().contains(id));
    CHECK(stageOf(board, stages[0]).count == before0 - 1);
    CHECK(stageOf(board, stages[1]).count == before1 + 1);
    CHECK(changed.count() == 1);

    // Dropped on the next column as a drag would: the move lands once the drop has returned.
    dropCard(board.column(stages[2]), id, stages[1]);
    REQUIRE(waitFor([&] { return number(*db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {id}) == stages[2]; }));
    CHECK(historyRows(*db, id, stages[1], stages[2]) == 1);
    CHECK(board.column(stages[2])->cardIds().contains(id));
    CHECK(number(*db, QStringLiteral("SELECT probability_ppm FROM opportunities WHERE id = ?"), {id})
          == number(*db, QStringLiteral("SELECT probability_ppm FROM pipeline_stages WHERE id = ?"), {stages[2]}));
}

TEST_CASE("A refused move leaves the card where it was")
{
    test::TempDir tmp;
    auto db = referenceDatabase(tmp, 60);
    const QList<qint64> stages = openStageIds(*db);
    const qint64 won = number(*db, QStringLiteral("SELECT id FROM pipeline_stages WHERE outcome = 'won'"));
    PipelineBoard board(*db);
    board.setCardLimit(1000);
    board.reload();
    const qint64 id = board.column(stages[0])->cardIds().first();
    const qint64 history = number(*db, QStringLiteral("SELECT count(*) FROM opportunity_stage_history"));

    // The won stage is reached by Win only.
    auto refused = board.moveCard(id, won);
    REQUIRE_FALSE(refused);
    CHECK_FALSE(refused.error().message.isEmpty());
    CHECK(board.column(stages[0])->cardIds().contains(id));
    CHECK(number(*db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {id}) == stages[0]);
    CHECK(number(*db, QStringLiteral("SELECT count(*) FROM opportunity_stage_history")) == history);

    // A drop the workflow refuses shows why and leaves the card: here another card was won behind the board's back.
    const qint64 other = board.column(stages[0])->cardIds().at(1);
    REQUIRE(OpportunityWorkflow(*db).win(other, kToday));
    bool messageShown = false;
    closeNextModal(&messageShown);
    dropCard(board.column(stages[1]), other, stages[0]);
    REQUIRE(waitFor([&] { return messageShown; }));
    CHECK(number(*db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {other}) == won);
    CHECK(board.column(stages[0])->cardIds().contains(id));
    // The board re-read what is stored: the won card left the board, the other stayed.
    CHECK_FALSE(board.column(stages[1])->cardIds().contains(other));
    CHECK_FALSE(board.column(stages[0])->cardIds().contains(other));
}

TEST_CASE("Won and lost close the opportunity through the workflow")
{
    test::TempDir tmp;
    auto db = referenceDatabase(tmp, 60);
    const QList<qint64> stages = openStageIds(*db);
    PipelineBoard board(*db);
    board.setCardLimit(1000);
    board.reload();
    const QList<qint64> cards = board.column(stages[3])->cardIds();
    REQUIRE(cards.size() >= 3);

    REQUIRE(board.winCard(cards[0]));
    CHECK(db->scalar(QStringLiteral("SELECT status FROM opportunities WHERE id = ?"), {cards[0]})->toString() == u"won");
    CHECK_FALSE(board.column(stages[3])->cardIds().contains(cards[0]));

    // Losing needs a reason, as the workflow says.
    CHECK_FALSE(board.loseCard(cards[1], QString()));
    CHECK(board.column(stages[3])->cardIds().contains(cards[1]));
    REQUIRE(board.loseCard(cards[1], QStringLiteral("预算取消")));
    CHECK(db->scalar(QStringLiteral("SELECT status FROM opportunities WHERE id = ?"), {cards[1]})->toString() == u"lost");
    CHECK(db->scalar(QStringLiteral("SELECT lost_reason FROM opportunities WHERE id = ?"), {cards[1]})->toString() == u"预算取消");
    CHECK_FALSE(board.column(stages[3])->cardIds().contains(cards[1]));

    // Won elsewhere while the board is hidden: it re-reads when it is shown again, not before.
    REQUIRE(OpportunityWorkflow(*db).win(cards[2], kToday));
    board.invalidate();
    CHECK(board.column(stages[3])->cardIds().contains(cards[2]));
    board.show();
    CHECK_FALSE(board.column(stages[3])->cardIds().contains(cards[2]));
}

TEST_CASE("Double-clicking a card asks to open the opportunity")
{
    test::TempDir tmp;
    auto db = referenceDatabase(tmp, 30);
    const QList<qint64> stages = openStageIds(*db);
    PipelineBoard board(*db);
    board.resize(1200, 700);
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));
    QSignalSpy open(&board, &PipelineBoard::openRequested);
    BoardColumn *column = board.column(stages[1]);
    REQUIRE(column);
    REQUIRE(column->count() > 0);
    const QRect rect = column->visualItemRect(column->item(0));
    QTest::mouseClick(column->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(column->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(open.count() == 1);
    CHECK(open.first().at(0).toString() == u"opportunities");
    CHECK(open.first().at(1).toLongLong() == column->cardIds().first());

    // Screenshots for a human look; kept only when asked for.
    const QPixmap shot = board.grab();
    CHECK_FALSE(shot.isNull());
    if (const QString dir = qEnvironmentVariable("QIANYUE_SCREENSHOT_DIR"); !dir.isEmpty())
        shot.save(QDir(dir).filePath(QStringLiteral("board.png")));
}

TEST_CASE("The board loads a reference-size database quickly", "[.reference]")
{
    // Run by hand: QIANYUE_BOARD_DB names a copy of a reference database (it is migrated when opened).
    const QString path = qEnvironmentVariable("QIANYUE_BOARD_DB");
    if (path.isEmpty())
        return;
    auto db = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(db);
    PipelineBoard board(**db);
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer clock;
        clock.start();
        board.reload();
        WARN("everyone: " << clock.elapsed() << " ms");
        REQUIRE(board.lastError().isEmpty());
    }
    board.setOwnerFilter(number(**db, QStringLiteral("SELECT id FROM users ORDER BY id LIMIT 1")));
    QElapsedTimer owner;
    owner.start();
    board.reload();
    WARN("one owner: " << owner.elapsed() << " ms");
    board.setOwnerFilter(std::nullopt);
    QElapsedTimer text;
    text.start();
    board.setTextFilter(QStringLiteral("华"));
    WARN("text filter: " << text.elapsed() << " ms");
    board.setTextFilter(QString());
    board.resize(1400, 800);
    board.show();
    QTest::qWait(50);
    if (const QString dir = qEnvironmentVariable("QIANYUE_SCREENSHOT_DIR"); !dir.isEmpty())
        board.grab().save(QDir(dir).filePath(QStringLiteral("board-reference.png")));
}
