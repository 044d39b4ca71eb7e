// The linter's entry point: reads the policy (structural errors come from the policy reader),
// runs every rule family, then applies linting.md §7 and sorts the findings.
#include "lint/linter.h"

#include "json/reader.h"
#include "lint/lintcontext.h"
#include "policy/policyreader.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <optional>
#include <string_view>
#include <unordered_set>

namespace engine {

namespace {

using S = Severity;

// checks.md (the rule families), in the catalogue's order.
constexpr std::array kChecks{
    // ERROR
    CheckInfo{"json-syntax", S::Error, "The text is not valid JSON.", true},
    CheckInfo{"duplicate-key", S::Error, "A JSON object contains the same key twice.", true},
    CheckInfo{"not-an-object", S::Error, "A value that must be a JSON object is not one.", true},
    CheckInfo{"unknown-element", S::Error, "A key that is not a policy element.", true},
    CheckInfo{"invalid-version", S::Error, "Version is not \"2012-10-17\" or \"2008-10-17\".", true},
    CheckInfo{"missing-statement", S::Error, "The policy has no statements.", true},
    CheckInfo{"invalid-effect", S::Error, "Effect is missing or not exactly \"Allow\" or \"Deny\".", true},
    CheckInfo{"missing-principal", S::Error, "A statement has neither Principal nor NotPrincipal.", true},
    CheckInfo{"missing-action", S::Error, "A statement has neither Action nor NotAction.", true},
    CheckInfo{"missing-resource", S::Error, "A statement has neither Resource nor NotResource.", true},
    CheckInfo{"conflicting-elements", S::Error, "An element and its Not form in one statement.", true},
    CheckInfo{"invalid-type", S::Error, "An element value of the wrong JSON type.", true},
    CheckInfo{"invalid-principal", S::Error, "A principal that is not \"*\", an account, or an IAM/STS ARN (blocking when structural).", true},
    CheckInfo{"principal-partial-wildcard", S::Error, "A wildcard inside a principal ARN, which matches nobody.", false},
    CheckInfo{"invalid-action", S::Error, "An action that is not service:ActionName (blocking without exactly one colon).", true},
    CheckInfo{"unknown-service", S::Error, "An action prefix that is no AWS service.", false},
    CheckInfo{"unknown-action", S::Error, "A secretsmanager: pattern that matches no action.", false},
    CheckInfo{"unsupported-action", S::Error, "An action of another service in a secret policy.", false},
    CheckInfo{"invalid-resource", S::Error, "A resource that is not \"*\" or a valid ARN.", false},
    CheckInfo{"unknown-operator", S::Error, "A condition operator that does not exist.", true},
    CheckInfo{"invalid-condition-key", S::Error, "A condition key without a prefix or tag name.", false},
    CheckInfo{"unknown-condition-key", S::Error, "An aws: or secretsmanager: key that AWS never sets.", false},
    CheckInfo{"missing-qualifier", S::Error, "A multivalued key compared without ForAnyValue/ForAllValues.", false},
    CheckInfo{"multiple-bool-values", S::Error, "A Bool key with more than one value.", false},
    CheckInfo{"variable-syntax", S::Error, "A malformed policy variable.", false},
    CheckInfo{"variable-needs-2012", S::Error, "A policy variable in a policy without Version 2012-10-17.", false},
    CheckInfo{"variable-not-allowed-here", S::Error, "A policy variable where variables are not substituted.", false},
    CheckInfo{"multivalued-variable", S::Error, "A policy variable naming a multivalued key.", false},
    CheckInfo{"duplicate-key-case", S::Error, "Two spellings of one condition key in one operator block.", false},
    CheckInfo{"policy-too-large", S::Error, "The policy is longer than 20,480 characters.", false},
    CheckInfo{"sourceip-private-only", S::Error, "aws:SourceIp compared only with private ranges.", false},
    // SECURITY_WARNING
    CheckInfo{"public-access", S::SecurityWarning, "An Allow open to any principal without a pinning condition.", false},
    CheckInfo{"possibly-public-access", S::SecurityWarning, "An Allow open to any principal, limited only by principal or IP conditions.", false},
    CheckInfo{"allow-with-notprincipal", S::SecurityWarning, "Allow with NotPrincipal grants everyone except the listed principals.", false},
    CheckInfo{"cross-account-access", S::SecurityWarning, "An Allow for principals of another account (needs the secret ARN).", false},
    CheckInfo{"policy-management-grant", S::SecurityWarning, "An open or cross-account Allow of PutResourcePolicy or DeleteResourcePolicy.", false},
    CheckInfo{"allow-notaction", S::SecurityWarning, "Allow with NotAction grants every other action.", false},
    CheckInfo{"forallvalues-single-valued-key", S::SecurityWarning, "ForAllValues on a single-valued key, true when the key is absent.", false},
    CheckInfo{"allow-absent-key", S::SecurityWarning, "An open or cross-account Allow whose condition holds when a key is absent.", false},
    CheckInfo{"service-principal-without-source", S::SecurityWarning, "A Service principal without an aws:SourceAccount or aws:SourceArn condition.", false},
    CheckInfo{"stage-deny-bypass", S::SecurityWarning, "A Deny on VersionStage/VersionId that callers bypass by not passing the parameter.", false},
    // WARNING
    CheckInfo{"missing-version", S::Warning, "The policy has no Version.", false},
    CheckInfo{"old-version", S::Warning, "Version 2008-10-17, the old policy language.", false},
    CheckInfo{"duplicate-sid", S::Warning, "Two statements with the same Sid.", false},
    CheckInfo{"sid-format", S::Warning, "A Sid with characters other than letters and digits.", false},
    CheckInfo{"resource-not-star", S::Warning, "A specific resource ARN instead of \"*\".", false},
    CheckInfo{"resource-never-matches", S::Warning, "No Resource entry can match the secret.", false},
    CheckInfo{"action-not-applicable", S::Warning, "An action that a secret policy never decides.", false},
    CheckInfo{"type-mismatch", S::Warning, "An operator family that does not fit the key's type.", false},
    CheckInfo{"invalid-value", S::Warning, "A condition value that cannot be read for its operator.", false},
    CheckInfo{"wildcard-without-like", S::Warning, "A wildcard in a value of an operator that compares literally.", false},
    CheckInfo{"condition-key-not-supported", S::Warning, "A condition key that none of the statement's actions supplies.", false},
    CheckInfo{"stage-condition-needs-parameter", S::Warning, "An Allow on VersionStage/VersionId that default GetSecretValue calls do not satisfy.", false},
    CheckInfo{"version-stage-typo", S::Warning, "A VersionStage value that looks like a misspelt AWS stage.", false},
    CheckInfo{"principal-unique-id", S::Warning, "A principal given as the unique id of a deleted user or role.", false},
    CheckInfo{"unsupported-principal-type", S::Warning, "A Federated or CanonicalUser principal in a secret policy.", false},
    CheckInfo{"notprincipal-deny-incomplete", S::Warning, "Deny with NotPrincipal that misses the account or role of a listed principal.", false},
    CheckInfo{"never-applies", S::Warning, "Two condition pairs that no request satisfies together.", false},
    CheckInfo{"network-condition-side-effects", S::Warning, "A network Deny that also blocks AWS services acting for you.", false},
    CheckInfo{"mfa-condition-pitfall", S::Warning, "A Deny on Bool aws:MultiFactorAuthPresent false, which long-term keys bypass.", false},
    CheckInfo{"foreign-condition-key", S::Warning, "A condition key of another service.", false},
    CheckInfo{"date-without-zone", S::Warning, "A date with a time but no time zone.", false},
    CheckInfo{"operator-case", S::Warning, "An operator recognised only ignoring case.", false},
    CheckInfo{"bool-variable", S::Warning, "A policy variable in a Bool value.", false},
    // SUGGESTION
    CheckInfo{"empty-array", S::Suggestion, "An empty list.", false},
    CheckInfo{"empty-object", S::Suggestion, "An empty Condition, operator block or Principal.", false},
    CheckInfo{"empty-sid", S::Suggestion, "An empty Sid.", false},
    CheckInfo{"redundant-action", S::Suggestion, "An action covered by another of the same element.", false},
    CheckInfo{"redundant-resource", S::Suggestion, "A resource covered by another of the same element.", false},
    CheckInfo{"redundant-principal", S::Suggestion, "A principal listed twice or covered by its role.", false},
    CheckInfo{"redundant-statement", S::Suggestion, "Two statements that say the same.", false},
    CheckInfo{"redundant-condition-value", S::Suggestion, "Several values under an ordering operator.", false},
    CheckInfo{"improve-ip-range", S::Suggestion, "A CIDR with bits set after the prefix.", false},
    CheckInfo{"wildcard-in-service", S::Suggestion, "A wildcard in an action's service prefix.", false},
    CheckInfo{"null-with-qualifier", S::Suggestion, "ForAnyValue:Null or ForAllValues:Null.", false},
    CheckInfo{"condition-key-case", S::Suggestion, "A condition key not in its usual spelling.", false},
    CheckInfo{"prefer-principalarn", S::Suggestion, "NotPrincipal instead of Principal \"*\" with aws:PrincipalArn.", false},
    CheckInfo{"suffix-wildcard", S::Suggestion, "A secret ARN ending in \"-*\".", false},
    CheckInfo{"near-size-limit", S::Suggestion, "The policy is close to 20,480 characters.", false},
};

bool hasDuplicateKeys(const json::Value &v)
{
    if (v.kind == json::Kind::Array) {
        return std::any_of(v.items.begin(), v.items.end(),
                           [](const json::Value &i) { return hasDuplicateKeys(i); });
    }
    if (v.kind != json::Kind::Object)
        return false;
    for (std::size_t i = 0; i < v.members.size(); ++i) {
        for (std::size_t j = i + 1; j < v.members.size(); ++j) {
            if (v.members[i].key == v.members[j].key)
                return true;
        }
        if (hasDuplicateKeys(v.members[i].value))
            return true;
    }
    return false;
}

bool hasId(const std::vector<Diagnostic> &ds, std::string_view id)
{
    return std::any_of(ds.begin(), ds.end(), [&](const Diagnostic &d) { return d.id == id; });
}

// The path without its last segment: "/Statement/3/Sid" -> "/Statement/3".
std::string_view parentPath(std::string_view path)
{
    return path.substr(0, std::min(path.rfind('/'), path.size()));
}

// linting.md §7 rules that span several rule families. Linear in the findings: the findings
// that others yield to are collected in hash sets first.
void applyPrecedence(std::vector<Diagnostic> &ds)
{
    const bool variablesNeed2012 = hasId(ds, "variable-needs-2012");
    const bool tooLarge = hasId(ds, "policy-too-large");
    std::unordered_set<std::string_view> redundantStatements; // paths of redundant-statement
    std::unordered_set<std::string_view> duplicateKeyBlocks;  // every ancestor of duplicate-key-case
    for (const Diagnostic &d : ds) {
        if (d.id == "redundant-statement")
            redundantStatements.insert(d.path);
        if (d.id == "duplicate-key-case" && !d.path.empty()) {
            for (std::string_view p = d.path;;) {
                p = parentPath(p);
                duplicateKeyBlocks.insert(p);
                if (p.empty())
                    break;
            }
        }
    }
    const auto yields = [&](const Diagnostic &d) {
        if (variablesNeed2012 && (d.id == "missing-version" || d.id == "old-version"))
            return true;
        if (tooLarge && d.id == "near-size-limit")
            return true;
        // duplicate-sid yields to redundant-statement for the same (later) statement.
        if (d.id == "duplicate-sid" && d.statementIndex
            && redundantStatements.count(parentPath(d.path)))
            return true;
        // condition-key-case yields to duplicate-key-case in the same block.
        return d.id == "condition-key-case" && duplicateKeyBlocks.count(parentPath(d.path)) > 0;
    };
    // The sets hold views into `ds`: decide every finding before moving any.
    std::vector<bool> keep(ds.size());
    for (std::size_t i = 0; i < ds.size(); ++i)
        keep[i] = !yields(ds[i]);
    std::vector<Diagnostic> kept;
    kept.reserve(ds.size());
    for (std::size_t i = 0; i < ds.size(); ++i) {
        if (keep[i])
            kept.push_back(std::move(ds[i]));
    }
    ds = std::move(kept);
}

// The fields that make two findings the same finding.
struct FindingKey
{
    std::string_view id, path, message;
    friend bool operator==(const FindingKey &, const FindingKey &) = default;
};

struct FindingKeyHash
{
    std::size_t operator()(const FindingKey &k) const
    {
        const std::hash<std::string_view> h;
        std::size_t seed = h(k.id);
        for (const std::string_view part : {k.path, k.message})
            seed ^= h(part) + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
        return seed;
    }
};

// Sorted by severity, then position; the first of equal findings is kept. Linear after the
// sort (a hash set of the findings kept so far): 100,000 identical statements took minutes
// when every finding was compared with every earlier one.
void sortAndDeduplicate(std::vector<Diagnostic> &ds)
{
    std::stable_sort(ds.begin(), ds.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        return a.span.begin.offset < b.span.begin.offset;
    });
    std::vector<bool> keep(ds.size());
    {
        // Views into `ds`, which does not change in this block.
        std::unordered_set<FindingKey, FindingKeyHash> seen;
        seen.reserve(ds.size());
        for (std::size_t i = 0; i < ds.size(); ++i)
            keep[i] = seen.insert(FindingKey{ds[i].id, ds[i].path, ds[i].message}).second;
    }
    std::vector<Diagnostic> out;
    out.reserve(ds.size());
    for (std::size_t i = 0; i < ds.size(); ++i) {
        if (keep[i])
            out.push_back(std::move(ds[i]));
    }
    ds = std::move(out);
}

// The statements of a document with blocking errors that read without error on their own, as
// one policy (statement indexes as in the document).
std::optional<Policy> readableStatements(const json::Value &root)
{
    const json::Value *statements = root.find("Statement");
    if (!statements || (!statements->isArray() && !statements->isObject()))
        return std::nullopt;
    std::vector<const json::Value *> objects;
    if (statements->isObject())
        objects.push_back(statements);
    else
        for (const json::Value &v : statements->items)
            objects.push_back(&v);
    const json::Value *version = root.find("Version");
    const bool versionOk = version && version->isString()
                           && (version->text == "2012-10-17" || version->text == "2008-10-17");
    Policy policy;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        if (!objects[i]->isObject())
            continue;
        json::Value single;
        single.kind = json::Kind::Object;
        single.span = root.span;
        if (versionOk) {
            single.members.push_back({"Version", {}, *version});
        } else if (version) {
            // An invalid Version is reported as such; read the statements as current ones so
            // that no variable check blames the version a second time.
            json::Value current;
            current.kind = json::Kind::String;
            current.text = "2012-10-17";
            current.span = version->span;
            single.members.push_back({"Version", {}, std::move(current)});
        }
        json::Value list;
        list.kind = json::Kind::Array;
        list.span = statements->span;
        list.items.push_back(*objects[i]);
        single.members.push_back({"Statement", {}, std::move(list)});
        PolicyReadResult read = readPolicy(single, PolicyKind::Resource);
        if (!read.policy || read.policy->statements.size() != 1)
            continue;
        if (policy.statements.empty()) {
            policy.version = read.policy->version;
            policy.versionEntry = read.policy->versionEntry;
            policy.span = root.span;
        }
        Statement statement = std::move(read.policy->statements.front());
        statement.index = static_cast<int>(i);
        policy.statements.push_back(std::move(statement));
    }
    if (policy.statements.empty())
        return std::nullopt;
    return policy;
}

} // namespace

std::span<const CheckInfo> checks()
{
    return kChecks;
}

const CheckInfo *findCheck(std::string_view id)
{
    for (const CheckInfo &c : kChecks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

namespace rules {

Diagnostic &Context::report(std::string_view id, const json::Span &span, std::string message,
                            std::optional<int> statementIndex)
{
    const CheckInfo *info = findCheck(id);
    assert(info);
    Diagnostic d;
    d.id = std::string(id);
    d.severity = info ? info->severity : Severity::Warning;
    d.blocking = false;
    d.message = std::move(message);
    d.span = span;
    d.path = pointerAt(span.begin.offset);
    d.statementIndex = statementIndex;
    findings.push_back(std::move(d));
    return findings.back();
}

namespace {

// The item of `array` whose span holds `offset`, or null: a binary search, as the items follow
// one another in the text (a Statement array of 10,000 items is searched once per finding).
const json::Value *itemAt(const json::Value &array, std::size_t offset)
{
    const auto it = std::partition_point(array.items.begin(), array.items.end(),
                                         [offset](const json::Value &item) {
                                             return item.span.end.offset <= offset;
                                         });
    if (it == array.items.end() || offset < it->span.begin.offset)
        return nullptr;
    return &*it;
}

} // namespace

std::string Context::pointerAt(std::size_t offset) const
{
    std::string path;
    const json::Value *v = document;
    while (v && v->span.begin.offset != offset) {
        const json::Value *next = nullptr;
        if (v->kind == json::Kind::Object) {
            for (const json::Member &m : v->members) {
                if (offset >= m.value.span.begin.offset && offset < m.value.span.end.offset) {
                    path += '/';
                    path += escapePointer(m.key);
                    next = &m.value;
                    break;
                }
            }
        } else if (v->kind == json::Kind::Array) {
            if (const json::Value *item = itemAt(*v, offset)) {
                path += '/';
                path += std::to_string(item - v->items.data());
                next = item;
            }
        }
        v = next;
    }
    return path;
}

const json::Value *Context::valueAt(std::size_t offset) const
{
    const json::Value *v = document;
    while (v && v->span.begin.offset != offset) {
        const json::Value *next = nullptr;
        if (v->kind == json::Kind::Object) {
            for (const json::Member &m : v->members) {
                if (offset >= m.value.span.begin.offset && offset < m.value.span.end.offset) {
                    next = &m.value;
                    break;
                }
            }
        } else if (v->kind == json::Kind::Array) {
            next = itemAt(*v, offset);
        }
        v = next;
    }
    return v;
}

bool Context::hasFinding(std::string_view id, std::size_t offset) const
{
    return std::any_of(findings.begin(), findings.end(), [&](const Diagnostic &d) {
        return d.id == id && d.span.begin.offset == offset;
    });
}

bool Context::hasAnyFinding(std::size_t offset) const
{
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Diagnostic &d) { return d.span.begin.offset == offset; });
}

} // namespace rules

std::vector<Diagnostic> lint(std::string_view policyText, const LintOptions &options)
{
    return analyze(policyText, options).findings;
}

Analysis analyze(std::string_view policyText, const LintOptions &options)
{
    Analysis analysis;
    analysis.document = json::read(policyText);
    const json::ReadResult &doc = analysis.document;
    if (!doc.ok) {
        analysis.findings.push_back(syntaxDiagnostic(doc.error));
        return analysis;
    }
    PolicyReadResult read = readPolicy(doc.value, PolicyKind::Resource);
    if (hasDuplicateKeys(doc.value)) {
        analysis.findings = std::move(read.diagnostics);
        sortAndDeduplicate(analysis.findings);
        analysis.policy = std::move(read.policy);
        return analysis;
    }

    rules::Context context;
    context.text = policyText;
    context.options = &options;
    context.document = &doc.value;
    context.policy = read.policy ? &*read.policy : nullptr;
    if (options.secretArn) {
        const auto fields = values::splitArn(*options.secretArn);
        if (fields && rules::isAccountId((*fields)[4]))
            context.ownerAccount = std::string((*fields)[4]);
    }
    context.findings = std::move(read.diagnostics);

    if (options.cheapChecksOnly) {
        rules::checkSizeLimit(context);
    } else {
        // §6 step 3: beside blocking errors, the statements that can be read on their own
        // still get every check. Each is read in a document of its own that keeps the original
        // spans.
        std::optional<Policy> partial;
        if (!context.policy && doc.value.isObject())
            partial = readableStatements(doc.value);
        if (partial)
            context.policy = &*partial;

        rules::checkDocument(context);
        if (context.policy) {
            rules::checkActions(context);
            rules::checkPrincipals(context);
            rules::checkResources(context);
            rules::checkConditions(context);
            rules::checkStages(context);
            rules::checkPublicAccess(context);
            rules::checkRedundancy(context);
            rules::checkNeverApplies(context);
        }
    }
    applyPrecedence(context.findings);
    sortAndDeduplicate(context.findings);
    analysis.findings = std::move(context.findings);
    analysis.policy = std::move(read.policy);
    return analysis;
}

} // namespace engine
