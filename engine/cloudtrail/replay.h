// Replaying real calls (CloudTrail records) against a draft secret policy: which of the calls
// applications really make would the draft break, and which refused calls would it let in
// (docs/reference/replay.md).
//
//   Replay replay(draft, &baseline, secret);     // baseline may be null
//   replayFile("trail/2026/01/01/x.json.gz", replay, onProgress);
//   const ReplayReport &report = replay.report();
//   if (report.breaks()) return 1;
//
// Each call gets one verdict from how it ended, its access under the draft (the analysis's
// access: allowed, needsIdentity, denied) and, with a baseline, its access under the baseline.
// Calls are grouped by caller, action and verdict; a group keeps its count, its first and last
// time, its first call as the example, and what decides it under the draft.
#pragma once

#include "analysis/analysis.h"
#include "cloudtrail/record.h"
#include "eval/evaluator.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace engine::cloudtrail {

// In the order of the verdict table; the first two break a working call.
enum class CallVerdict {
    WouldBeDenied, // succeeded; the draft denies it
    AtRisk,        // succeeded; the draft needs the identity side, which the call does not prove
    DependsOnIdentity, // succeeded; the draft needs the identity side, no baseline to tell
    NewlyAllowed,      // refused; the draft allows it
    StillDenied,       // refused; the draft does not allow it
    StillAllowed,      // succeeded; the draft allows it, or needs the identity side it proves
};
inline constexpr int callVerdictCount = 6;
const char *callVerdictName(CallVerdict verdict); // "wouldBeDenied", ...
// The verdict names in the order of the verdict table (stillAllowed first), for outputs.
const std::array<CallVerdict, callVerdictCount> &verdictTableOrder();

// The verdict of one call. `baseline` is the access under the baseline when one is given.
// A call that succeeded from another account proves that its identity side allowed it; in the
// owner account it proves that only when the baseline did not allow it by itself.
CallVerdict verdictOf(bool refused,
                      bool crossAccount,
                      analysis::Access draft,
                      std::optional<analysis::Access> baseline);

// A statement that decides a group's example under the draft.
struct DecidingStatement
{
    int index = 0;
    std::optional<std::string> sid;
    Effect effect = Effect::Allow;
};

struct CallGroup
{
    std::string caller;
    std::string action;
    CallVerdict verdict = CallVerdict::StillAllowed;
    std::uint64_t calls = 0;
    std::string first, last;                            // eventTime of the earliest and latest call
    Request example;                                    // the first call of the group
    analysis::Access access = analysis::Access::Denied; // the example's, under the draft
    std::optional<analysis::Access> baselineAccess;
    std::vector<DecidingStatement> statements; // the matched statements that decide it
    std::string explain;                       // the draft's explanation of the example
};

struct Problem
{
    std::string file;
    std::uint64_t record = 0; // 1-based position in the file; 0: the file as a whole
    int line = 0;             // the line where the record starts; 0 when unknown
    std::string message;
};

struct ReplayReport
{
    std::string secret;
    std::uint64_t calls = 0;
    std::uint64_t ignored = 0;
    std::uint64_t unreadable = 0;
    std::array<std::uint64_t, callVerdictCount> verdicts{}; // by CallVerdict
    std::vector<CallGroup> groups; // breaking verdicts first, then by calls, caller, action
    std::vector<Problem> problems; // at most maxProblems; `unreadable` counts them all

    static constexpr std::size_t maxProblems = 1000;

    // A call that succeeded would be denied, or is at risk: the CI gate.
    bool breaks() const;
};

class Replay
{
public:
    // `draft` and `baseline` are not owned and must outlive the replay; baseline may be null.
    Replay(const CompiledPolicy &draft, const CompiledPolicy *baseline, SecretRef secret);

    const SecretRef &secret() const { return m_secret; }

    void add(const Call &call);
    void addIgnored() { ++m_report.ignored; }
    void addProblem(Problem problem);

    // The report so far, groups sorted and explained.
    ReplayReport report() const;

private:
    const CompiledPolicy &m_draft;    // Not owned.
    const CompiledPolicy *m_baseline; // Not owned; may be null.
    SecretRef m_secret;
    ReplayReport m_report; // groups unsorted, unexplained
    std::unordered_map<std::string, std::size_t> m_groupIndex;
    std::string m_key; // scratch
};

// Reads one event file (CloudTrail log, .json.gz, lookup-events output, JSON Lines) into the
// replay: calls added, other records counted as ignored, unreadable ones reported with the
// file and position. `progress`, when set, is called now and then with the records read so far
// in this file and the file's bytes read. Returns why the file cannot be opened ("No such file
// or directory"), then nothing is added; nullopt otherwise.
using ReplayProgress = std::function<void(std::uint64_t records, std::uint64_t bytes)>;
std::optional<std::string>
replayFile(const std::string &path, Replay &replay, const ReplayProgress &progress = {});

// The event files of the arguments: files as given, folders searched recursively for regular
// files (sorted by path, hidden entries skipped). Error when an argument does not exist.
Result<std::vector<std::string>> eventFiles(const std::vector<std::string> &paths);

// Outputs (replayoutput.cpp).
std::string replayJson(const ReplayReport &report);
std::string replayText(const ReplayReport &report);
std::string replayCsv(const ReplayReport &report);

} // namespace engine::cloudtrail
