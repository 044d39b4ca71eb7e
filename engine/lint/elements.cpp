// Checks on the JSON tree that also run when the policy has structural errors (checks.md
// §6 step 3): size, Version, Sid, empty arrays and objects, and two spellings of one condition
// key in one operator block.
#include "lint/lintcontext.h"

#include "data/secretsmanager.h"
#include "policy/policyreader.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace engine::rules {

namespace {

std::string grouped(std::size_t n)
{
    std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::vector<const json::Value *> statementObjects(const json::Value &root)
{
    std::vector<const json::Value *> out;
    const json::Value *st = root.find("Statement");
    if (!st)
        return out;
    if (st->isObject())
        out.push_back(st);
    else if (st->isArray()) {
        for (const json::Value &v : st->items) {
            if (v.isObject())
                out.push_back(&v);
        }
    }
    return out;
}

void checkSize(Context &context)
{
    const std::size_t n = values::codePointCount(context.text);
    const json::Span &root = context.document->span;
    if (n > data::maxPolicyCharacters) {
        context.report("policy-too-large", root,
                       "The policy has " + grouped(n)
                           + " characters; Secrets Manager accepts at most 20,480, whitespace "
                             "included. Remove whitespace or merge statements.");
    } else if (n > 18000) {
        context.report("near-size-limit", root,
                       "The policy uses " + grouped(n)
                           + " of 20,480 characters. Whitespace counts; consider compacting it.");
    }
}

void checkVersion(Context &context, const json::Value &root)
{
    const json::Value *version = root.find("Version");
    if (!version) {
        context.report("missing-version", root.span,
                       "Add \"Version\": \"2012-10-17\". Without it the old 2008-10-17 language "
                       "applies, in which policy variables are plain text.");
    } else if (version->isString() && version->text == "2008-10-17") {
        context.report("old-version", version->span,
                       "\"2008-10-17\" is the old policy language. Use \"2012-10-17\".");
    }
}

void checkSids(Context &context, const std::vector<const json::Value *> &statements)
{
    std::unordered_map<std::string_view, std::size_t> seen; // sid -> first statement index
    for (std::size_t i = 0; i < statements.size(); ++i) {
        const json::Value *sid = statements[i]->find("Sid");
        if (!sid || !sid->isString())
            continue;
        const int index = static_cast<int>(i);
        if (sid->text.empty()) {
            context.report("empty-sid", sid->span, "Give the statement a Sid or remove the empty one.",
                           index);
            continue;
        }
        if (!std::all_of(sid->text.begin(), sid->text.end(), isAlnum)) {
            context.report("sid-format", sid->span,
                           "IAM policies allow only letters and digits in a Sid. Secrets Manager "
                           "does not document its rule; "
                               + quoted(sid->text) + " may be refused.",
                           index);
        }
        const auto [earlier, added] = seen.try_emplace(sid->text, i);
        if (!added) {
            context.report("duplicate-sid", sid->span,
                           "Sid " + quoted(sid->text) + " is used by statements "
                               + std::to_string(earlier->second) + " and " + std::to_string(i)
                               + ". Give each statement its own Sid so results and logs can tell "
                                 "them apart.",
                           index);
        }
    }
}

void checkEmptyConditionList(Context &context, const json::Member &block, const json::Member &pair,
                             int index)
{
    const auto parsed = parseOperatorName(block.key);
    if (!parsed)
        return;
    if (parsed->op == Operator::Null && parsed->qualifier != Qualifier::None)
        return; // null-with-qualifier
    const bool negated = isNegated(parsed->op);
    const Qualifier q = parsed->qualifier;
    const std::string &key = pair.key;
    std::string message;
    if (!negated && !parsed->ifExists && q != Qualifier::ForAllValues) {
        message = "An empty list never matches; this statement never applies.";
    } else if (!negated) {
        message = "An empty list matches only when " + key + " is absent; use \"Null\": {"
                  + quoted(key) + ": \"true\"} to say that.";
    } else if (q == Qualifier::ForAnyValue && !parsed->ifExists) {
        message = "An empty list under " + quoted(block.key) + " matches whenever " + key
                  + " is present; use \"Null\": {" + quoted(key) + ": \"false\"} to say that.";
    } else {
        message = "An empty list under " + quoted(block.key)
                  + " is always true, so this condition has no effect. Add values or remove it.";
    }
    context.report("empty-array", pair.value.span, std::move(message), index);
}

void checkEmpties(Context &context, const json::Value &statement, int index)
{
    for (const json::Member &m : statement.members) {
        const std::string &k = m.key;
        if (k == "Action" || k == "Resource") {
            if (m.value.isArray() && m.value.items.empty())
                context.report("empty-array", m.value.span,
                               quoted(k) + " lists nothing and matches nothing. Add values or "
                                           "remove the statement.",
                               index);
        } else if (k == "NotAction" || k == "NotResource") {
            if (m.value.isArray() && m.value.items.empty())
                context.report("empty-array", m.value.span,
                               "An empty " + quoted(k)
                                   + " excludes nothing, so the statement applies to every "
                                   + (k == "NotAction" ? "action" : "resource")
                                   + ". List what to exclude.",
                               index);
        } else if (k == "Principal" || k == "NotPrincipal") {
            if (!m.value.isObject())
                continue;
            if (m.value.members.empty() && k == "Principal") {
                context.report("empty-object", m.value.span,
                               "This \"Principal\" is empty and has no effect; the statement names "
                               "no principal and never applies. Remove it.",
                               index);
                continue;
            }
            const bool anyOther = std::any_of(m.value.members.begin(), m.value.members.end(),
                                              [](const json::Member &p) {
                                                  return !(p.value.isArray() && p.value.items.empty());
                                              });
            for (const json::Member &p : m.value.members) {
                if (!p.value.isArray() || !p.value.items.empty())
                    continue;
                if (k == "Principal") {
                    context.report("empty-array", p.value.span,
                                   quoted(p.key) + " lists nothing and matches nothing"
                                       + (anyOther ? "" : "; the statement never applies")
                                       + ". Add values or remove the statement.",
                                   index);
                } else {
                    context.report("empty-array", p.value.span,
                                   "An empty " + quoted(p.key)
                                       + " excludes nothing, so the statement applies to every "
                                         "principal. List what to exclude.",
                                   index);
                }
            }
        } else if (k == "Condition") {
            if (!m.value.isObject())
                continue;
            if (m.value.members.empty()) {
                context.report("empty-object", m.value.span,
                               "This \"Condition\" is empty and has no effect. Remove it.", index);
                continue;
            }
            for (const json::Member &block : m.value.members) {
                if (!block.value.isObject())
                    continue;
                if (block.value.members.empty()) {
                    context.report("empty-object", block.value.span,
                                   "This " + quoted(block.key)
                                       + " block is empty and has no effect. Remove it.",
                                   index);
                    continue;
                }
                const auto &pairs = block.value.members;
                for (std::size_t i = 0; i < pairs.size(); ++i) {
                    const json::Member &pair = pairs[i];
                    if (pair.value.isArray() && pair.value.items.empty())
                        checkEmptyConditionList(context, block, pair, index);
                    for (std::size_t j = 0; j < i; ++j) {
                        if (pairs[j].key != pair.key && values::equalsFoldingCase(pairs[j].key, pair.key)) {
                            context.report("duplicate-key-case", pair.value.span,
                                           quoted(pairs[j].key) + " and " + quoted(pair.key)
                                               + " are the same condition key (names ignore "
                                                 "case). Keep one.",
                                           index);
                            break;
                        }
                    }
                }
            }
        }
    }
}

} // namespace

void checkSizeLimit(Context &context)
{
    checkSize(context);
}

void checkDocument(Context &context)
{
    const json::Value &root = *context.document;
    checkSize(context);
    if (!root.isObject())
        return;
    checkVersion(context, root);
    const auto statements = statementObjects(root);
    checkSids(context, statements);
    for (std::size_t i = 0; i < statements.size(); ++i)
        checkEmpties(context, *statements[i], static_cast<int>(i));
}

} // namespace engine::rules
