// Representative values of a condition key: one value in every cell of the key's atoms, so that
// any value a request could carry behaves like one of them (docs/reference/analysis.md, "How it
// is computed"). Strings: the cells of the patterns' Venn diagram, found by walking the product
// of the patterns' automata; numbers, dates and addresses: every bound and one value on each
// side of it; sets: every combination of element cells.
#include "analysis/analysis_p.h"

#include "data/secretsmanager.h"
#include "values/arn.h"
#include "values/glob.h"
#include "values/text.h"
#include "eval/operators.h"
#include "values/base64.h"
#include "values/boolean.h"
#include "values/casefold.h"
#include "values/date.h"
#include "values/decimal.h"
#include "values/ipaddress.h"
#include "eval/variables.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace engine::analysis {

namespace {

// A glob pattern as tokens: a literal code point, `?` or `*`.
struct Token
{
    enum Kind { Char, One, Star } kind = Char;
    char32_t c = 0;
};

std::vector<Token> tokens(const GlobPattern &p)
{
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < p.text.size()) {
        const char32_t c = values::nextCodePoint(p.text, i);
        if (p.glob && c == U'*')
            out.push_back({Token::Star, 0});
        else if (p.glob && c == U'?')
            out.push_back({Token::One, 0});
        else
            out.push_back({Token::Char, p.foldCase ? values::foldCase(c) : c});
    }
    return out;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

// The NFA states reachable from `states` without reading (a `*` may match nothing).
void closure(const std::vector<Token> &t, std::vector<bool> &states)
{
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (states[i] && t[i].kind == Token::Star)
            states[i + 1] = true;
    }
}

} // namespace

namespace {

// Without wildcards the cells are the literals themselves (with case variants for patterns that
// ignore case) and one string equal to none of them.
std::vector<std::string> literalCells(const std::vector<GlobPattern> &patterns)
{
    std::vector<std::string> out;
    for (const GlobPattern &p : patterns) {
        out.push_back(p.text);
        if (p.foldCase) {
            std::string lower = p.text, upper = p.text;
            for (char &c : lower)
                c = values::lowerAscii(c);
            for (char &c : upper)
                c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
            out.push_back(lower);
            out.push_back(upper);
        }
    }
    std::string fresh = "w";
    auto taken = [&](const std::string &s) {
        for (const GlobPattern &p : patterns) {
            if (p.text == s || (p.foldCase && values::equalsFoldingCase(p.text, s)))
                return true;
        }
        return false;
    };
    while (taken(fresh))
        fresh += 'w';
    out.push_back(fresh);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

Result<std::vector<std::string>> globCells(const std::vector<GlobPattern> &patterns,
                                           std::size_t maxStates, bool allowColon)
{
    const bool anyGlob = std::any_of(patterns.begin(), patterns.end(), [](const GlobPattern &p) {
        return p.glob && p.text.find_first_of("*?") != std::string::npos;
    });
    if (!anyGlob && allowColon)
        return literalCells(patterns);
    std::vector<std::vector<Token>> toks;
    std::set<char32_t> alphabet;
    for (const GlobPattern &p : patterns) {
        toks.push_back(tokens(p));
        for (const Token &t : toks.back()) {
            if (t.kind != Token::Char)
                continue;
            alphabet.insert(t.c);
            if (p.foldCase && t.c < 0x80 && std::isalpha(static_cast<int>(t.c)))
                alphabet.insert(static_cast<char32_t>(std::toupper(static_cast<int>(t.c))));
        }
    }
    // One character no pattern names stands for every other character.
    for (char32_t c : std::u32string(U"wxzq0129_")) {
        if (!alphabet.count(c) && !alphabet.count(values::foldCase(c))) {
            alphabet.insert(c);
            break;
        }
    }
    if (!allowColon)
        alphabet.erase(U':');

    using State = std::vector<std::vector<bool>>;
    State start;
    for (const std::vector<Token> &t : toks) {
        std::vector<bool> s(t.size() + 1, false);
        s[0] = true;
        closure(t, s);
        start.push_back(std::move(s));
    }
    std::map<State, std::string> seen;
    std::vector<const std::pair<const State, std::string> *> queue;
    std::map<std::vector<bool>, std::string> cells; // which patterns accept -> shortest string
    queue.push_back(&*seen.emplace(start, std::string()).first);
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const State &state = queue[head]->first;
        const std::string text = queue[head]->second;
        std::vector<bool> accepts;
        bool alive = false;
        for (std::size_t i = 0; i < toks.size(); ++i) {
            accepts.push_back(state[i].back());
            for (bool b : state[i])
                alive = alive || b;
        }
        cells.emplace(accepts, text);
        if (!alive)
            continue; // every pattern has failed: nothing new beyond
        for (char32_t c : alphabet) {
            State next;
            for (std::size_t i = 0; i < toks.size(); ++i) {
                const std::vector<Token> &t = toks[i];
                const bool fold = patterns[i].foldCase;
                const char32_t cc = fold ? values::foldCase(c) : c;
                std::vector<bool> s(t.size() + 1, false);
                for (std::size_t j = 0; j < t.size(); ++j) {
                    if (!state[i][j])
                        continue;
                    switch (t[j].kind) {
                    case Token::Star:
                        s[j] = true;
                        break;
                    case Token::One:
                        s[j + 1] = true;
                        break;
                    case Token::Char:
                        if (t[j].c == cc)
                            s[j + 1] = true;
                        break;
                    }
                }
                closure(t, s);
                next.push_back(std::move(s));
            }
            if (seen.count(next))
                continue;
            if (seen.size() >= maxStates)
                return Error{"the patterns of one condition key have more than "
                             + std::to_string(maxStates) + " combinations"};
            std::string longer = text;
            appendUtf8(longer, c);
            queue.push_back(&*seen.emplace(std::move(next), std::move(longer)).first);
        }
    }
    std::vector<std::string> out;
    for (auto &[accepts, text] : cells)
        out.push_back(text);
    std::sort(out.begin(), out.end());
    return out;
}

namespace {

// The literal parts of a value with variables, and the whole value without them.
std::string withoutVariables(const std::string &text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "${") == 0) {
            const std::size_t close = text.find('}', i);
            if (close != std::string::npos) {
                i = close;
                continue;
            }
        }
        out.push_back(text[i]);
    }
    return out;
}

bool isStringFamily(Operator op)
{
    switch (op) {
    case Operator::StringEquals:
    case Operator::StringNotEquals:
    case Operator::StringEqualsIgnoreCase:
    case Operator::StringNotEqualsIgnoreCase:
    case Operator::StringLike:
    case Operator::StringNotLike:
        return true;
    default:
        return false;
    }
}

bool isArnFamily(Operator op)
{
    return op == Operator::ArnEquals || op == Operator::ArnLike || op == Operator::ArnNotEquals
           || op == Operator::ArnNotLike;
}

Result<std::vector<std::string>> stringValues(const std::vector<const Atom *> &atoms,
                                              const std::vector<std::string> &extra,
                                              const Limits &limits)
{
    std::vector<GlobPattern> patterns;
    std::vector<std::array<std::vector<GlobPattern>, 6>> arnFields(1);
    bool anyArn = false;
    for (const Atom *a : atoms) {
        const Operator op = a->block.op;
        for (const ConditionValue &v : a->block.pairs[0].values) {
            const std::string text = a->variables ? withoutVariables(v.text) : v.text;
            if (isStringFamily(op)) {
                const bool like = op == Operator::StringLike || op == Operator::StringNotLike;
                const bool fold = op == Operator::StringEqualsIgnoreCase
                                  || op == Operator::StringNotEqualsIgnoreCase;
                patterns.push_back({text, like && !a->variables, fold});
            } else if (isArnFamily(op)) {
                patterns.push_back({text, !a->variables, false});
                values::ArnFields f;
                if (values::splitArn(text, f)) {
                    anyArn = true;
                    for (std::size_t i = 0; i < 6; ++i)
                        arnFields[0][i].push_back({std::string(f.field[i]), !a->variables, false});
                }
            } else {
                patterns.push_back({text, false, false});
            }
        }
    }
    for (const std::string &e : extra)
        patterns.push_back({e, false, false});
    Result<std::vector<std::string>> cells = globCells(patterns, limits.maxValuesPerKey);
    if (!cells)
        return cells;
    std::vector<std::string> out = cells.value();
    if (anyArn) {
        // ARN operators glob field by field: combine one value per cell of every field.
        std::vector<std::vector<std::string>> perField;
        for (std::size_t i = 0; i < 6; ++i) {
            Result<std::vector<std::string>> f = globCells(arnFields[0][i], limits.maxValuesPerKey,
                                                           i == 5);
            if (!f)
                return f;
            perField.push_back(f.value());
        }
        perField[0] = {"arn"};
        std::vector<std::string> combos{""};
        for (std::size_t i = 0; i < 6; ++i) {
            std::vector<std::string> next;
            for (const std::string &prefix : combos) {
                for (const std::string &f : perField[i])
                    next.push_back(i == 0 ? f : prefix + ":" + f);
            }
            if (next.size() > limits.maxValuesPerKey)
                return Error{"the ARN patterns of one condition key have more than "
                             + std::to_string(limits.maxValuesPerKey) + " combinations"};
            combos = std::move(next);
        }
        out.insert(out.end(), combos.begin(), combos.end());
    }
    for (const std::string &e : extra)
        out.push_back(e);
    return out;
}

std::string formatDecimal(long double v)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.6Lf", v);
    std::string s = buffer;
    while (!s.empty() && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    if (s == "-0")
        s = "0";
    return s;
}

std::vector<std::string> numberValues(const std::vector<std::string> &literals)
{
    std::set<long double> points;
    std::vector<std::string> out{"0", "1"};
    for (const std::string &text : literals) {
        if (!values::parseDecimal(text))
            continue;
        out.push_back(text);
        points.insert(std::strtold(text.c_str(), nullptr));
    }
    std::vector<long double> sorted(points.begin(), points.end());
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        out.push_back(formatDecimal(sorted[i] - 1));
        out.push_back(formatDecimal(sorted[i] + 1));
        if (i + 1 < sorted.size())
            out.push_back(formatDecimal((sorted[i] + sorted[i + 1]) / 2));
    }
    return out;
}

std::string formatInstant(std::int64_t seconds)
{
    std::int64_t days = seconds / 86400;
    std::int64_t rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    std::int64_t y = yoe + era * 400;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
        ++y;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ",
                  static_cast<long long>(y), static_cast<long long>(m), static_cast<long long>(d),
                  static_cast<long long>(rest / 3600), static_cast<long long>(rest / 60 % 60),
                  static_cast<long long>(rest % 60));
    return buffer;
}

std::vector<std::string> dateValues(const std::vector<std::string> &literals)
{
    std::set<std::int64_t> points;
    std::vector<std::string> out{"2026-01-01T00:00:00Z"};
    for (const std::string &text : literals) {
        const std::optional<values::Instant> i = values::parseDate(text);
        if (!i)
            continue;
        out.push_back(text);
        points.insert(i->seconds);
        if (i->nanos != 0)
            points.insert(i->seconds + 1);
    }
    std::vector<std::int64_t> sorted(points.begin(), points.end());
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        for (std::int64_t d : {std::int64_t(-1), std::int64_t(0), std::int64_t(1)}) {
            out.push_back(formatInstant(sorted[i] + d));
            out.push_back(std::to_string(sorted[i] + d));
        }
        if (i + 1 < sorted.size())
            out.push_back(formatInstant(sorted[i] + (sorted[i + 1] - sorted[i]) / 2));
    }
    return out;
}

std::string formatIp(const std::array<std::uint8_t, 16> &b, bool v6)
{
    char buffer[64];
    if (!v6) {
        std::snprintf(buffer, sizeof buffer, "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
        return buffer;
    }
    std::string out;
    for (int i = 0; i < 8; ++i) {
        std::snprintf(buffer, sizeof buffer, "%x", (b[2 * i] << 8) | b[2 * i + 1]);
        if (i > 0)
            out += ':';
        out += buffer;
    }
    return out;
}

// first or last address of the range, then stepped by +1 / -1 (wrapping is dropped).
std::optional<std::string> ipBound(const values::IpRange &r, bool last, int step)
{
    std::array<std::uint8_t, 16> b = r.bytes;
    const int bits = r.v6 ? 128 : 32;
    for (int i = r.prefix; i < bits; ++i) {
        const auto mask = static_cast<std::uint8_t>(0x80 >> (i % 8));
        if (last)
            b[static_cast<std::size_t>(i / 8)] |= mask;
        else
            b[static_cast<std::size_t>(i / 8)] &= static_cast<std::uint8_t>(~mask);
    }
    const int bytes = r.v6 ? 16 : 4;
    if (step > 0) {
        int i = bytes - 1;
        while (i >= 0 && b[static_cast<std::size_t>(i)] == 0xff)
            b[static_cast<std::size_t>(i--)] = 0;
        if (i < 0)
            return std::nullopt;
        ++b[static_cast<std::size_t>(i)];
    } else if (step < 0) {
        int i = bytes - 1;
        while (i >= 0 && b[static_cast<std::size_t>(i)] == 0)
            b[static_cast<std::size_t>(i--)] = 0xff;
        if (i < 0)
            return std::nullopt;
        --b[static_cast<std::size_t>(i)];
    }
    return formatIp(b, r.v6);
}

std::vector<std::string> ipValues(const std::vector<std::string> &literals)
{
    std::vector<std::string> out{"192.0.2.10", "2001:db8::10"};
    for (const std::string &text : literals) {
        const std::optional<values::IpRange> r = values::parseIpRange(text);
        if (!r)
            continue;
        for (bool last : {false, true}) {
            for (int step : {-1, 0, 1}) {
                if (std::optional<std::string> s = ipBound(*r, last, step))
                    out.push_back(*s);
            }
        }
    }
    return out;
}

void dedupe(std::vector<std::string> &values)
{
    std::set<std::string> seen;
    std::vector<std::string> out;
    for (std::string &v : values) {
        if (seen.insert(v).second)
            out.push_back(std::move(v));
    }
    values = std::move(out);
}

} // namespace

Result<KeyValues> representativeValues(const std::string &lowerKey,
                                       const std::vector<const Atom *> &atoms,
                                       const std::vector<std::string> &extra,
                                       const Limits &limits)
{
    const data::KeyInfo *info = data::findKey(lowerKey);
    const data::KeyType type = info ? info->type : data::KeyType::String;
    bool multivalued = info && (info->multivalued || type == data::KeyType::ArrayOfString);
    std::vector<std::string> literals;
    for (const Atom *a : atoms) {
        for (const ConditionValue &v : a->block.pairs[0].values)
            literals.push_back(v.text);
    }
    literals.insert(literals.end(), extra.begin(), extra.end());

    std::vector<std::string> elements;
    switch (type) {
    case data::KeyType::Numeric:
        elements = numberValues(literals);
        break;
    case data::KeyType::Date: {
        elements = dateValues(literals);
        std::vector<std::string> numbers = numberValues(literals);
        for (const std::string &n : numbers) {
            if (n.find('.') == std::string::npos && n.find('-') == std::string::npos)
                elements.push_back(n);
        }
        break;
    }
    case data::KeyType::IpAddress:
        elements = ipValues(literals);
        break;
    case data::KeyType::Bool:
        elements = {"true", "false"};
        break;
    case data::KeyType::Binary:
        elements = {"AA=="};
        for (const std::string &l : literals) {
            if (values::decodeBase64(l))
                elements.push_back(l);
        }
        break;
    case data::KeyType::Arn: {
        Result<std::vector<std::string>> s = stringValues(atoms, extra, limits);
        if (!s)
            return s.error();
        for (const std::string &v : s.value()) {
            values::ArnFields f;
            if (values::splitArn(v, f) && f.prefix() == "arn")
                elements.push_back(v);
        }
        elements.push_back("arn:aws:iam::000000000000:role/w");
        break;
    }
    case data::KeyType::String:
    case data::KeyType::ArrayOfString: {
        Result<std::vector<std::string>> s = stringValues(atoms, extra, limits);
        if (!s)
            return s.error();
        elements = s.value();
        break;
    }
    }
    dedupe(elements);
    if (elements.size() > limits.maxValuesPerKey)
        return Error{"condition key `" + lowerKey + "` has more than "
                     + std::to_string(limits.maxValuesPerKey) + " cells"};
    KeyValues out;
    out.list = multivalued;
    for (std::string &e : elements)
        out.values.push_back({std::move(e)});
    return out;
}

} // namespace engine::analysis
