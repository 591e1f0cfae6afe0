#include "core/domain/DemoVocabulary.h"

namespace qianyue {

std::uint64_t DemoRandom::next()
{
    // splitmix64: Steele, Lea and Flood, "Fast splittable pseudorandom number generators" (2014).
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    const auto span = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<qint64>(next() % span);
}

namespace {

QStringList split(const char *words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

struct PlaceSource {
    const char *provinceZh;
    const char *cityZh;
    const char *provinceEn;
    const char *cityEn;
    const char *areaCode;
};

// Real provinces and prefecture-level cities with their telephone area codes.
constexpr PlaceSource kPlaces[] = {
    {"北京市", "北京", "Beijing", "Beijing", "010"},
    {"上海市", "上海", "Shanghai", "Shanghai", "021"},
    {"天津市", "天津", "Tianjin", "Tianjin", "022"},
    {"重庆市", "重庆", "Chongqing", "Chongqing", "023"},
    {"广东省", "广州", "Guangdong", "Guangzhou", "020"},
    {"广东省", "深圳", "Guangdong", "Shenzhen", "0755"},
    {"广东省", "东莞", "Guangdong", "Dongguan", "0769"},
    {"广东省", "佛山", "Guangdong", "Foshan", "0757"},
    {"浙江省", "杭州", "Zhejiang", "Hangzhou", "0571"},
    {"浙江省", "宁波", "Zhejiang", "Ningbo", "0574"},
    {"浙江省", "温州", "Zhejiang", "Wenzhou", "0577"},
    {"江苏省", "南京", "Jiangsu", "Nanjing", "025"},
    {"江苏省", "苏州", "Jiangsu", "Suzhou", "0512"},
    {"江苏省", "无锡", "Jiangsu", "Wuxi", "0510"},
    {"山东省", "济南", "Shandong", "Jinan", "0531"},
    {"山东省", "青岛", "Shandong", "Qingdao", "0532"},
    {"四川省", "成都", "Sichuan", "Chengdu", "028"},
    {"湖北省", "武汉", "Hubei", "Wuhan", "027"},
    {"湖南省", "长沙", "Hunan", "Changsha", "0731"},
    {"福建省", "福州", "Fujian", "Fuzhou", "0591"},
    {"福建省", "厦门", "Fujian", "Xiamen", "0592"},
    {"河南省", "郑州", "Henan", "Zhengzhou", "0371"},
    {"河北省", "石家庄", "Hebei", "Shijiazhuang", "0311"},
    {"陕西省", "西安", "Shaanxi", "Xi'an", "029"},
    {"辽宁省", "沈阳", "Liaoning", "Shenyang", "024"},
    {"辽宁省", "大连", "Liaoning", "Dalian", "0411"},
    {"安徽省", "合肥", "Anhui", "Hefei", "0551"},
    {"江西省", "南昌", "Jiangxi", "Nanchang", "0791"},
    {"云南省", "昆明", "Yunnan", "Kunming", "0871"},
    {"广西壮族自治区", "南宁", "Guangxi", "Nanning", "0771"},
    {"黑龙江省", "哈尔滨", "Heilongjiang", "Harbin", "0451"},
    {"吉林省", "长春", "Jilin", "Changchun", "0431"},
    {"山西省", "太原", "Shanxi", "Taiyuan", "0351"},
    {"贵州省", "贵阳", "Guizhou", "Guiyang", "0851"},
    {"新疆维吾尔自治区", "乌鲁木齐", "Xinjiang", "Urumqi", "0991"},
};

struct ProductSource {
    const char *zh;
    const char *specZh;
    const char *unitZh;
    const char *en;
    const char *specEn;
    const char *unitEn;
    qint64 price;
    qint64 tax;
};

constexpr ProductSource kProducts[] = {
    {"商用笔记本电脑", "14英寸 i5/16GB/512GB", "台", "Business laptop", "14\" i5/16GB/512GB", "pc", 599900, 130000},
    {"台式工作站", "i7/32GB/1TB 含显示器", "台", "Desktop workstation", "i7/32GB/1TB with monitor", "pc", 899900, 130000},
    {"激光打印机", "A4 黑白 双面 40页/分", "台", "Laser printer", "A4 mono duplex 40 ppm", "pc", 249900, 130000},
    {"网络交换机", "48口 千兆 PoE+", "台", "Network switch", "48-port gigabit PoE+", "pc", 1280000, 130000},
    {"无线接入点", "Wi-Fi 6 吸顶式", "个", "Wireless access point", "Wi-Fi 6 ceiling mount", "pc", 169900, 130000},
    {"机架式服务器", "2U 双路 128GB", "台", "Rack server", "2U dual socket 128GB", "pc", 4580000, 130000},
    {"企业固态硬盘", "3.84TB U.2", "块", "Enterprise SSD", "3.84TB U.2", "pc", 520000, 130000},
    {"不间断电源", "10kVA 在线式", "台", "UPS", "10 kVA online", "pc", 1650000, 130000},
    {"投影仪", "4000流明 1080P", "台", "Projector", "4000 lm 1080p", "pc", 459900, 130000},
    {"视频会议终端", "4K 摄像头 含麦克风", "套", "Video conferencing kit", "4K camera with microphones", "set", 1899900, 130000},
    {"办公软件许可", "专业版 一年订阅", "套", "Office suite licence", "Professional, one-year subscription", "licence", 89900, 60000},
    {"CRM 软件许可", "企业版 每用户每年", "套", "CRM licence", "Enterprise, per user per year", "licence", 240000, 60000},
    {"上门维保服务", "5×8 次日响应", "年", "On-site maintenance", "5×8 next-business-day", "year", 120050, 60000},
    {"系统集成服务", "需求调研+实施", "人天", "System integration", "analysis and implementation", "person-day", 180000, 60000},
    {"培训服务", "现场培训 每场20人", "场", "Training", "on site, 20 people per session", "session", 600000, 60000},
    {"A4复印纸", "70克 500张/包", "箱", "A4 copy paper", "70 gsm, 500 sheets per ream", "box", 16800, 130000},
    {"硒鼓", "黑色 标准容量", "个", "Toner cartridge", "black, standard yield", "pc", 45900, 130000},
    {"网线", "超六类 305米", "箱", "Network cable", "Cat 6A, 305 m", "box", 139900, 130000},
    {"机柜", "42U 600×1000", "台", "Server rack", "42U 600×1000", "pc", 358000, 130000},
    {"防火墙", "下一代 10Gbps", "台", "Firewall", "next-generation 10 Gbps", "pc", 6800000, 130000},
};

} // namespace

DemoVocabulary::DemoVocabulary(Language language)
    : m_language(language)
{
    for (const ProductSource &p : kProducts) {
        const bool zh = language == Language::Chinese;
        m_products.push_back({QString::fromUtf8(zh ? p.zh : p.en), QString::fromUtf8(zh ? p.specZh : p.specEn),
                              QString::fromUtf8(zh ? p.unitZh : p.unitEn), p.price, p.tax});
    }
}

QString DemoVocabulary::personName(DemoRandom &random) const
{
    if (m_language == Language::Chinese) {
        static const QStringList surnames = split("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 萧 程 曹 袁 邓 许 傅 沈 曾 彭 吕");
        static const QStringList given = split("伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 华 建国 志强 晓明 雪 婷 浩 宇 欣怡 子涵 俊杰 思远 佳琪 文博 雨萱 建华 海燕");
        return random.pick(surnames) + random.pick(given);
    }
    static const QStringList first = split("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Emily");
    static const QStringList last = split("Smith Johnson Williams Brown Jones Garcia Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Lee Thompson White Harris Clark Lewis Walker Hall Allen Young King Wright Scott");
    return random.pick(first) + QLatin1Char(' ') + random.pick(last);
}

QString DemoVocabulary::companyName(DemoRandom &random, const Place &place) const
{
    if (m_language == Language::Chinese) {
        static const QStringList words = split("华信 恒达 东方 新源 中科 宏图 瑞丰 金石 天成 博远 嘉和 鼎盛 众诚 联创 海纳 佳禾 云川 正泰 远航 德润 安捷 汇通 明远 长青 盛世");
        static const QStringList kinds = split("电子 科技 贸易 机械 信息技术 物流 医疗器械 建设工程 食品 新材料 教育科技 汽车配件 精密制造 网络");
        static const QStringList forms = split("有限公司 有限公司 有限公司 股份有限公司 集团有限公司");
        return place.city + random.pick(words) + random.pick(kinds) + random.pick(forms);
    }
    static const QStringList words = split("Northwind Bluewater Summit Pioneer Evergreen Silverline Redwood Granite Horizon Lakeside Ironbridge Brightstar Oakridge Harbor Crestview Maple Sterling Falcon Meridian Keystone");
    static const QStringList kinds = split("Electronics Technologies Trading Machinery Logistics Medical Construction Foods Materials Systems Networks Instruments");
    static const QStringList forms = split("Ltd. Inc. Co. LLC Group");
    return random.pick(words) + QLatin1Char(' ') + random.pick(kinds) + QLatin1Char(' ') + random.pick(forms);
}

DemoVocabulary::Place DemoVocabulary::place(DemoRandom &random) const
{
    const PlaceSource &p = kPlaces[random.between(0, std::size(kPlaces) - 1)];
    const bool zh = m_language == Language::Chinese;
    return {QString::fromUtf8(zh ? p.provinceZh : p.provinceEn), QString::fromUtf8(zh ? p.cityZh : p.cityEn),
            QString::fromLatin1(p.areaCode)};
}

QString DemoVocabulary::industry(DemoRandom &random) const
{
    static const QStringList zh = split("制造业 信息技术 批发零售 医疗健康 教育 金融 物流运输 建筑 能源 餐饮酒店");
    static const QStringList en = split("Manufacturing IT Wholesale Healthcare Education Finance Logistics Construction Energy Hospitality");
    return random.pick(m_language == Language::Chinese ? zh : en);
}

QString DemoVocabulary::jobTitle(DemoRandom &random) const
{
    static const QStringList zh = split("总经理 采购经理 IT主管 财务总监 行政经理 技术总监 采购专员 运营经理");
    static const QStringList en = split("CEO Purchasing-manager IT-lead CFO Office-manager CTO Buyer Operations-manager");
    QString title = random.pick(m_language == Language::Chinese ? zh : en);
    return title.replace(QLatin1Char('-'), QLatin1Char(' '));
}

QString DemoVocabulary::street(DemoRandom &random) const
{
    if (m_language == Language::Chinese) {
        static const QStringList roads = split("人民路 解放路 中山路 建设路 和平路 长江路 黄河路 科技路 创业大道 滨江大道 世纪大道 高新大道");
        return random.pick(roads) + QString::number(random.between(1, 999)) + QStringLiteral("号");
    }
    static const QStringList roads = QString::fromUtf8("Main Street|Park Avenue|Oak Road|River Road|Harbor Drive|"
                                                       "Hill Street|Station Road|Market Street")
                                         .split(QLatin1Char('|'));
    return QString::number(random.between(1, 999)) + QLatin1Char(' ') + random.pick(roads);
}

QString DemoVocabulary::teamName(int index) const
{
    static const QStringList zh = split("华东 华南 华北 华中 西南 西北 东北 大客户 渠道 电话销售");
    static const QStringList en = split("East South North Central Southwest Northwest Northeast Key-accounts Channel Inside-sales");
    const QStringList &names = m_language == Language::Chinese ? zh : en;
    QString base = names.at(index % names.size());
    base.replace(QLatin1Char('-'), QLatin1Char(' '));
    const QString suffix = index >= names.size() ? QString::number(index / names.size() + 1) : QString();
    if (m_language == Language::Chinese)
        return base + QStringLiteral("销售") + suffix + QStringLiteral("部");
    return QString(base + QStringLiteral(" sales ") + suffix).trimmed();
}

QString DemoVocabulary::lossReason(DemoRandom &random) const
{
    static const QStringList zh = split("价格偏高 选择了竞争对手 预算取消 项目延期 需求变更");
    static const QStringList en = split("Price-too-high Chose-a-competitor Budget-cancelled Project-postponed Requirements-changed");
    QString reason = random.pick(m_language == Language::Chinese ? zh : en);
    return reason.replace(QLatin1Char('-'), QLatin1Char(' '));
}

QString DemoVocabulary::activitySubject(DemoRandom &random, const QString &kind) const
{
    const bool zh = m_language == Language::Chinese;
    if (kind == u"call")
        return zh ? QStringLiteral("电话跟进采购需求") : QStringLiteral("Follow-up call on requirements");
    if (kind == u"visit")
        return zh ? QStringLiteral("拜访客户") : QStringLiteral("Customer visit");
    if (kind == u"demo")
        return zh ? QStringLiteral("产品演示") : QStringLiteral("Product demo");
    if (kind == u"email")
        return zh ? QStringLiteral("发送方案资料") : QStringLiteral("Send proposal documents");
    if (kind == u"meeting")
        return zh ? QStringLiteral("商务谈判会议") : QStringLiteral("Negotiation meeting");
    static const QStringList tasksZh = split("准备报价单 整理合同条款 确认交货日期 催收货款");
    static const QStringList tasksEn = split("Prepare-quote Review-contract-terms Confirm-delivery-date Chase-payment");
    QString task = random.pick(zh ? tasksZh : tasksEn);
    return task.replace(QLatin1Char('-'), QLatin1Char(' '));
}

QString DemoVocabulary::emailLocalPart(qint64 id, const QString &prefix)
{
    return prefix + QString::number(id);
}

} // namespace qianyue
