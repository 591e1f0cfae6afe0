#pragma once

#include "core/domain/Money.h"
#include "core/domain/Quantity.h"
#include "core/domain/Rate.h"

#include <QString>

#include <optional>

namespace qianyue {

/// One line of a quote, contract or sales order: they share this shape.
struct DocumentLine {
    qint64 id = 0;
    int position = 0;
    std::optional<qint64> productId;
    QString description;
    QString specification;
    QString unit;
    Quantity quantity;
    Money unitPrice;
    Rate discount;
    Rate taxRate;
    Money lineTotal; ///< quantity × unit price × (1 − discount), rounded once
    Money tax;       ///< lineTotal × tax rate, rounded once
    /// For order lines: the contract line being ordered.
    std::optional<qint64> contractLineId;
};

} // namespace qianyue
