// libFuzzer target: arbitrary bytes through the JSON reader and the policy reader.
//
// Besides crashes and sanitizer reports it checks the reader's promises: every span and every
// error position lies in the text and agrees with positionAt(); a failed read is located at
// or before the end; decoded strings survive quote() and a second read.
#include "json/reader.h"
#include "policy/policyreader.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

using namespace engine;

void require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_policy: broken invariant: %s\n", what);
    std::abort();
}

void checkPosition(std::string_view text, const json::Position &p)
{
    require(p.offset <= text.size(), "a position lies beyond the text");
    require(json::positionAt(text, p.offset) == p, "a position disagrees with positionAt()");
}

// Checks at most `budget` values so that big inputs stay fast (positionAt() is linear).
void checkValue(std::string_view text, const json::Value &v, int &budget)
{
    if (--budget < 0)
        return;
    checkPosition(text, v.span.begin);
    checkPosition(text, v.span.end);
    require(v.span.begin.offset < v.span.end.offset, "an empty value span");
    if (v.kind == json::Kind::String) {
        const json::ReadResult again = json::read(json::quote(v.text));
        require(again.ok && again.value.text == v.text, "quote() does not round-trip");
    }
    for (const json::Value &item : v.items)
        checkValue(text, item, budget);
    for (const json::Member &m : v.members) {
        checkPosition(text, m.keySpan.begin);
        checkPosition(text, m.keySpan.end);
        checkValue(text, m.value, budget);
    }
}

void checkDiagnostics(std::string_view text, const PolicyReadResult &r)
{
    require(r.policy.has_value() || !r.diagnostics.empty(), "no policy and no diagnostic");
    for (const Diagnostic &d : r.diagnostics) {
        require(d.span.begin.offset <= text.size() && d.span.end.offset <= text.size(),
                "a diagnostic span lies beyond the text");
        require(!policyErrorText(d).empty(), "an empty policy error text");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);

    const json::ReadResult doc = json::read(text);
    if (doc.ok) {
        int budget = 200;
        checkValue(text, doc.value, budget);
        require(doc.value.span.end.offset <= text.size(), "the root ends beyond the text");
    } else {
        checkPosition(text, doc.error.position);
        require(!doc.error.message.empty(), "an empty error message");
    }

    // A small depth limit must fail cleanly, never crash.
    json::ReadOptions shallow;
    shallow.maxDepth = 3;
    shallow.maxBytes = size % 2 == 0 ? size : size / 2;
    const json::ReadResult bounded = json::read(text, shallow);
    if (!bounded.ok)
        checkPosition(text, bounded.error.position);

    checkDiagnostics(text, readPolicyText(text, PolicyKind::Resource));
    checkDiagnostics(text, readPolicyText(text, PolicyKind::Identity));
    if (doc.ok)
        checkDiagnostics(text, readPolicy(doc.value, PolicyKind::Resource));
    return 0;
}
