#pragma once

#include "core/domain/Error.h"
#include "core/domain/Money.h"
#include "core/domain/Quantity.h"
#include "core/domain/Rate.h"

#include <QString>

#include <utility>
#include <vector>

// The arithmetic of quote, contract and order lines in one place, so that a
// document shows, prints, exports and stores the same cents.
namespace qianyue {

/// What one document line contributes to the totals.
struct LineInput {
    Quantity quantity;
    Money unitPrice;
    Rate discount; ///< 0 (none) to 1 (free)
    Rate taxRate;
};

/// A document's sums: each is a sum of rounded lines, never a rounding of
/// unrounded sums, so the printed lines always add up to the printed total.
struct DocumentTotals {
    Money subtotal; ///< sum of line totals, before tax
    Money tax;      ///< sum of line taxes
    Money total;    ///< subtotal + tax
    std::vector<std::pair<Rate, Money>> taxByRate; ///< tax per rate, lowest rate first
};

/// quantity × unit price × (1 − discount), rounded half away from zero once,
/// at the minor unit; the discount must lie between 0 and 1.
Result<Money> lineTotal(const Quantity &quantity, const Money &unitPrice, const Rate &discount);

/// A line's tax, rounded half away from zero once per line; the rate must not be negative.
Result<Money> lineTax(const Money &lineTotal, const Rate &taxRate);

/// Subtotal, tax, total and tax per rate of `lines`, all priced in `currency`.
/// Errors name the offending line (1-based).
Result<DocumentTotals> documentTotals(const std::vector<LineInput> &lines, const QString &currency);

} // namespace qianyue
