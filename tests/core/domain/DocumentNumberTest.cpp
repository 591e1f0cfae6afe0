#include "core/domain/DocumentNumber.h"
#include "tests/support/TestSupport.h"

using namespace qianyue;

namespace {

const std::vector<DocumentKind> kAllKinds = {DocumentKind::Quote, DocumentKind::Contract, DocumentKind::SalesOrder,
                                             DocumentKind::Receivable, DocumentKind::Receipt};

Error patternError(const QString &pattern)
{
    const auto result = DocumentNumber::validatePattern(pattern);
    INFO("pattern \"" << pattern << "\"");
    REQUIRE_FALSE(result);
    CHECK(result.error().kind == ErrorKind::Invalid);
    CHECK_FALSE(result.error().message.isEmpty());
    return result.error();
}

} // namespace

TEST_CASE("Document numbers pad the sequence to the width of the hash run")
{
    const QString pattern = QStringLiteral("Q-{YYYY}-{####}");
    CHECK(DocumentNumber::format(pattern, 2026, 1) == QStringLiteral("Q-2026-0001"));
    CHECK(DocumentNumber::format(pattern, 2026, 42) == QStringLiteral("Q-2026-0042"));
    CHECK(DocumentNumber::format(pattern, 2026, 9999) == QStringLiteral("Q-2026-9999"));
    // The width is a minimum: the sequence never gets cut.
    CHECK(DocumentNumber::format(pattern, 2026, 12345) == QStringLiteral("Q-2026-12345"));
    CHECK(DocumentNumber::format(QStringLiteral("{#}"), 2026, 7) == QStringLiteral("7"));
    CHECK(DocumentNumber::format(QStringLiteral("INV{######}"), 2026, 305) == QStringLiteral("INV000305"));
}

TEST_CASE("Document numbers fill in four- and two-digit years")
{
    CHECK(DocumentNumber::format(QStringLiteral("SO{YY}{####}"), 2026, 3) == QStringLiteral("SO260003"));
    CHECK(DocumentNumber::format(QStringLiteral("SO{YY}{####}"), 2105, 3) == QStringLiteral("SO050003"));
    CHECK(DocumentNumber::format(QStringLiteral("{####}/{YYYY}"), 2027, 12) == QStringLiteral("0012/2027"));
    CHECK(DocumentNumber::format(QStringLiteral("{YYYY}{YY}{##}"), 2030, 1) == QStringLiteral("20303001"));
}

TEST_CASE("Document numbers copy literal text including Chinese and hashes outside braces")
{
    CHECK(DocumentNumber::format(QStringLiteral("报价-{YYYY}-{###}"), 2026, 8) == QStringLiteral("报价-2026-008"));
    CHECK(DocumentNumber::format(QStringLiteral("No.#{YYYY}#{##}"), 2026, 8) == QStringLiteral("No.#2026#08"));
}

TEST_CASE("Formatting an invalid pattern still keeps numbers distinct")
{
    // Without a sequence placeholder the sequence is appended rather than lost.
    CHECK(DocumentNumber::format(QStringLiteral("Q-{YYYY}-"), 2026, 5) == QStringLiteral("Q-2026-5"));
    CHECK(DocumentNumber::format(QStringLiteral("Q-{MM}-{##}"), 2026, 5) == QStringLiteral("Q-{MM}-05"));
}

TEST_CASE("Default patterns and keys exist for every document kind")
{
    CHECK(DocumentNumber::defaultPattern(DocumentKind::Quote) == QStringLiteral("Q-{YYYY}-{####}"));
    CHECK(DocumentNumber::defaultPattern(DocumentKind::Contract) == QStringLiteral("HT-{YYYY}-{####}"));
    CHECK(DocumentNumber::defaultPattern(DocumentKind::SalesOrder) == QStringLiteral("SO-{YYYY}-{####}"));
    CHECK(DocumentNumber::defaultPattern(DocumentKind::Receivable) == QStringLiteral("AR-{YYYY}-{####}"));
    CHECK(DocumentNumber::defaultPattern(DocumentKind::Receipt) == QStringLiteral("RC-{YYYY}-{####}"));

    CHECK(DocumentNumber::kindKey(DocumentKind::Quote) == QStringLiteral("quote"));
    CHECK(DocumentNumber::kindKey(DocumentKind::Contract) == QStringLiteral("contract"));
    CHECK(DocumentNumber::kindKey(DocumentKind::SalesOrder) == QStringLiteral("sales_order"));
    CHECK(DocumentNumber::kindKey(DocumentKind::Receivable) == QStringLiteral("receivable"));
    CHECK(DocumentNumber::kindKey(DocumentKind::Receipt) == QStringLiteral("receipt"));

    CHECK(DocumentNumber::format(DocumentNumber::defaultPattern(DocumentKind::Contract), 2026, 1)
          == QStringLiteral("HT-2026-0001"));
    for (DocumentKind kind : kAllKinds) {
        INFO("kind " << DocumentNumber::kindKey(kind));
        CHECK(DocumentNumber::validatePattern(DocumentNumber::defaultPattern(kind)));
        CHECK(DocumentNumber::kindFromKey(DocumentNumber::kindKey(kind)) == kind);
    }
}

TEST_CASE("Unknown kind keys are not read as a kind")
{
    CHECK_FALSE(DocumentNumber::kindFromKey(u"invoice"));
    CHECK_FALSE(DocumentNumber::kindFromKey(u"Quote"));
    CHECK_FALSE(DocumentNumber::kindFromKey(u""));
}

TEST_CASE("Valid number patterns are accepted")
{
    for (const QString &pattern : {QStringLiteral("Q-{YYYY}-{####}"), QStringLiteral("{#}"),
                                   QStringLiteral("INV{YY}{######}"), QStringLiteral("合同{YYYY}第{###}号"),
                                   QStringLiteral("{##################}")}) {
        INFO("pattern \"" << pattern << "\"");
        CHECK(DocumentNumber::validatePattern(pattern));
    }
}

TEST_CASE("A pattern needs exactly one sequence placeholder")
{
    CHECK(patternError(QStringLiteral("Q-{YYYY}")).message.contains(QStringLiteral("{####}")));
    CHECK(patternError(QStringLiteral("Q-####")).message.contains(QStringLiteral("{####}")));
    CHECK(patternError(QStringLiteral("{##}-{###}")).message.contains(QStringLiteral("exactly one")));
}

TEST_CASE("Empty and malformed patterns are refused with a reason")
{
    patternError(QString());
    patternError(QStringLiteral("   "));
    CHECK(patternError(QStringLiteral("Q-{YYYY-{####}")).message.contains(QStringLiteral("unmatched")));
    CHECK(patternError(QStringLiteral("Q-{YYYY}-{####")).message.contains(QStringLiteral("unmatched")));
    CHECK(patternError(QStringLiteral("Q}-{####}")).message.contains(QStringLiteral("unmatched")));
    CHECK(patternError(QStringLiteral("{MM}-{####}")).message.contains(QStringLiteral("{MM}")));
    CHECK(patternError(QStringLiteral("{yyyy}-{####}")).message.contains(QStringLiteral("{yyyy}")));
    CHECK(patternError(QStringLiteral("{ #### }")).message.contains(QStringLiteral("{ #### }")));
    CHECK(patternError(QStringLiteral("{}{####}")).message.contains(QStringLiteral("{}")));
    CHECK(patternError(QStringLiteral("{###################}")).message.contains(QStringLiteral("too wide")));
    CHECK(patternError(QStringLiteral("Q-{YYYY}\n{####}")).message.contains(QStringLiteral("control")));
}
