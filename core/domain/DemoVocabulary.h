#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace qianyue {

/// A small, fast, deterministic random source (splitmix64). The standard
/// library's distributions differ between implementations; this does not, so
/// a seed gives the same demo data everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next();
    /// A whole number in [low, high].
    qint64 between(qint64 low, qint64 high);
    /// True with the given chance in percent.
    bool chance(int percent) { return between(1, 100) <= percent; }
    /// One element of a non-empty list.
    const QString &pick(const QStringList &list) { return list.at(between(0, list.size() - 1)); }

private:
    std::uint64_t m_state;
};

/// Realistic words for demo data in Chinese or English: people, companies,
/// places from real provinces and cities, and a product catalogue with
/// specifications and units.
class DemoVocabulary
{
public:
    enum class Language { Chinese, English };

    explicit DemoVocabulary(Language language);

    struct Place {
        QString province;
        QString city;
        QString phonePrefix;
    };
    struct ProductTemplate {
        QString name;
        QString specification;
        QString unit;
        qint64 listPrice; ///< minor units
        qint64 taxRatePpm;
    };

    Language language() const { return m_language; }
    QString personName(DemoRandom &random) const;
    QString companyName(DemoRandom &random, const Place &place) const;
    Place place(DemoRandom &random) const;
    QString industry(DemoRandom &random) const;
    QString jobTitle(DemoRandom &random) const;
    QString street(DemoRandom &random) const;
    QString teamName(int index) const;
    QString lossReason(DemoRandom &random) const;
    QString activitySubject(DemoRandom &random, const QString &kind) const;
    /// The catalogue's templates; demo products vary them by size or edition.
    const std::vector<ProductTemplate> &products() const { return m_products; }
    /// ASCII form of a name for e-mail addresses.
    static QString emailLocalPart(qint64 id, const QString &prefix);

private:
    Language m_language;
    std::vector<ProductTemplate> m_products;
};

} // namespace qianyue
