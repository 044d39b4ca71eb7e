// libFuzzer target: arbitrary bytes through the linter, with and without a secret ARN.
//
// Besides crashes and sanitizer reports it checks the linter's promises: every finding has a
// catalogued id and that id's severity, points into the text at a valid position, and the
// findings are sorted by severity; a blocking finding exists exactly when the policy reader
// refuses the text; public-access proofs are JSON.
#include "json/reader.h"
#include "lint/linter.h"
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
    std::fprintf(stderr, "fuzz_lint: broken invariant: %s\n", what);
    std::abort();
}

void check(std::string_view text, const std::vector<Diagnostic> &findings)
{
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Diagnostic &d = findings[i];
        const CheckInfo *info = findCheck(d.id);
        require(info != nullptr, "a finding with an id that is not in checks()");
        require(info->severity == d.severity, "a finding with another severity than its check");
        require(d.span.begin.offset <= text.size(), "a finding beyond the text");
        require(d.span.begin.line >= 1 && d.span.begin.column >= 1, "a finding at line or column 0");
        require(d.path.empty() || d.path.front() == '/', "a path that is not a JSON Pointer");
        if (i > 0)
            require(findings[i - 1].severity <= d.severity, "findings not sorted by severity");
        if (!d.proof.empty())
            require(json::read(d.proof).ok, "a proof that is not JSON");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const std::vector<Diagnostic> plain = lint(text);
    check(text, plain);
    bool blocking = false;
    for (const Diagnostic &d : plain)
        blocking = blocking || d.blocking;
    require(blocking == !readPolicyText(text).policy.has_value(),
            "blocking findings disagree with the policy reader");
    LintOptions options;
    options.secretArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";
    check(text, lint(text, options));
    return 0;
}
