#include "core/documents/DocumentFormat.h"

namespace qianyue {

QString DocumentFormat::grouped(const QString &plainNumber)
{
    qsizetype start = 0;
    if (start < plainNumber.size() && (plainNumber[start] == u'-' || plainNumber[start] == u'+'))
        ++start;
    qsizetype end = start;
    while (end < plainNumber.size() && plainNumber[end].isDigit())
        ++end;
    QString digits = plainNumber.mid(start, end - start);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, u',');
    return plainNumber.left(start) + digits + plainNumber.mid(end);
}

QString DocumentFormat::money(const Money &amount)
{
    return grouped(amount.toDecimalString());
}

QString DocumentFormat::moneyWithCode(const Money &amount)
{
    return amount.currency() + u' ' + money(amount);
}

QString DocumentFormat::quantity(const Quantity &quantity)
{
    return grouped(quantity.toString());
}

QString DocumentFormat::percent(const Rate &rate)
{
    return rate.toPercentString();
}

} // namespace qianyue
