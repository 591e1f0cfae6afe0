#pragma once

#include "core/domain/Money.h"
#include "core/domain/Quantity.h"
#include "core/domain/Rate.h"

#include <ostream>

// Lets Catch print domain values in failed assertions; found by argument-
// dependent lookup, so they live in the types' namespace.
namespace qianyue {

inline std::ostream &operator<<(std::ostream &os, const Money &money)
{
    return os << money.toDecimalString().toStdString() << ' '
              << (money.currency().isEmpty() ? std::string("(no currency)") : money.currency().toStdString());
}

inline std::ostream &operator<<(std::ostream &os, const Quantity &quantity)
{
    return os << quantity.toString().toStdString();
}

inline std::ostream &operator<<(std::ostream &os, const Rate &rate)
{
    return os << rate.toString().toStdString();
}

} // namespace qianyue
