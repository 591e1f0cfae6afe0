#include "core/domain/LineMath.h"

#include "core/domain/FixedPoint.h"

#include <QCoreApplication>

#include <map>

namespace qianyue {

namespace {

using fixedpoint::Int128;

// Translation context for the free functions below.
class LineMath
{
    Q_DECLARE_TR_FUNCTIONS(LineMath)
};

// Quantity thousandths × discount-factor millionths.
constexpr Int128 kLineDenominator = Int128(Quantity::kScale) * Rate::kScale;

Error tooLarge()
{
    return Error{ErrorKind::Invalid, LineMath::tr("The line total is too large"), {}};
}

Error atLine(Error error, std::size_t index)
{
    if (error.where.isEmpty())
        error.where = LineMath::tr("Line %1").arg(index + 1);
    return error;
}

} // namespace

Result<Money> lineTotal(const Quantity &quantity, const Money &unitPrice, const Rate &discount)
{
    if (discount < Rate() || discount > Rate::one())
        return fail(ErrorKind::Invalid,
                    LineMath::tr("The discount %1 is outside 0% to 100%").arg(discount.toPercentString()));

    // One exact product over 10^3 × 10^6 and one rounding: rounding after the
    // quantity and again after the discount can be a cent off.
    const Int128 gross = Int128(quantity.thousandths()) * unitPrice.minor();
    const auto numerator = fixedpoint::checkedMultiplyWide(gross, Rate::kScale - discount.millionths());
    if (!numerator)
        return std::unexpected(tooLarge());
    const auto minor = fixedpoint::roundHalfAwayFromZero(*numerator, kLineDenominator);
    if (!minor)
        return std::unexpected(tooLarge());
    return Money(*minor, unitPrice.currency());
}

Result<Money> lineTax(const Money &lineTotal, const Rate &taxRate)
{
    if (taxRate.isNegative())
        return fail(ErrorKind::Invalid, LineMath::tr("The tax rate %1 is negative").arg(taxRate.toPercentString()));
    return lineTotal.times(taxRate);
}

Result<DocumentTotals> documentTotals(const std::vector<LineInput> &lines, const QString &currency)
{
    if (auto valid = Money::validateCurrency(currency); !valid)
        return std::unexpected(valid.error());

    DocumentTotals totals{Money::zero(currency), Money::zero(currency), Money::zero(currency), {}};
    std::map<Rate, Money> taxByRate;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const LineInput &line = lines[i];
        if (line.unitPrice.currency() != currency) {
            return fail(ErrorKind::Invalid,
                        LineMath::tr("The line is priced in %1 but the document is in %2")
                            .arg(line.unitPrice.currency(), currency),
                        LineMath::tr("Line %1").arg(i + 1));
        }
        const auto total = lineTotal(line.quantity, line.unitPrice, line.discount);
        if (!total)
            return std::unexpected(atLine(total.error(), i));
        const auto tax = lineTax(*total, line.taxRate);
        if (!tax)
            return std::unexpected(atLine(tax.error(), i));

        auto subtotal = totals.subtotal.plus(*total);
        if (!subtotal)
            return std::unexpected(atLine(subtotal.error(), i));
        totals.subtotal = *subtotal;
        auto taxSum = totals.tax.plus(*tax);
        if (!taxSum)
            return std::unexpected(atLine(taxSum.error(), i));
        totals.tax = *taxSum;
        const auto group = taxByRate.try_emplace(line.taxRate, Money::zero(currency)).first;
        auto groupSum = group->second.plus(*tax);
        if (!groupSum)
            return std::unexpected(atLine(groupSum.error(), i));
        group->second = *groupSum;
    }

    const auto total = totals.subtotal.plus(totals.tax);
    if (!total)
        return std::unexpected(total.error());
    totals.total = *total;
    totals.taxByRate.assign(taxByRate.begin(), taxByRate.end());
    return totals;
}

} // namespace qianyue
