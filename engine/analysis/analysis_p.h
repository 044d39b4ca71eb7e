// Internal to engine/analysis: the atoms of a policy's conditions, the representative values of
// a condition key, the thin interface to the evaluator, and the negation of an atom.
#pragma once

#include "analysis/analysis.h"
#include "core/result.h"
#include "eval/evaluator.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace engine::eval {
struct CompiledBlock;
}

namespace engine::analysis {

// One (operator, key, values) pair of a policy, or a synthetic one the analysis adds to tell
// principals apart. Its truth for a request comes from the evaluator.
struct Atom
{
    ConditionBlock block; // exactly one pair
    std::string lowerKey;
    bool variables = false;               // the policy substitutes variables in it
    std::vector<std::string> variableKeys; // lower-case keys its values refer to
    bool synthetic = false;
};

// The oracle: everything the analysis asks the evaluator (one place to change when the value
// layer moves).
class Oracle
{
public:
    Oracle();
    ~Oracle();
    Oracle(const Oracle &) = delete;
    Oracle &operator=(const Oracle &) = delete;

    // Registers an atom; returns its index (equal atoms share one index).
    std::size_t add(Atom atom);
    const Atom &atom(std::size_t i) const { return *m_atoms[i]; }
    std::size_t size() const { return m_atoms.size(); }

    // The truth of each of `atoms` for a request (its context canonicalised as the evaluator
    // does): out[i] for atoms[i].
    void evaluate(const Request &request, const std::vector<std::size_t> &atoms,
                  std::vector<char> &out) const;

private:
    struct Entry;
    std::vector<std::unique_ptr<Atom>> m_atoms;
    std::vector<std::unique_ptr<Entry>> m_compiled;
};

// Representative values of one condition key: one per cell of the key's atoms (values.cpp).
// `literals` are the atoms' values (raw policy text); `extra` are values that must be present
// (derived values variables refer to). Each result is one value (single-valued keys) or a set.
struct KeyValues
{
    std::vector<std::vector<std::string>> values; // each: the values of one representative
    bool list = false;                            // written as a JSON array
};
Result<KeyValues> representativeValues(const std::string &lowerKey,
                                       const std::vector<const Atom *> &atoms,
                                       const std::vector<std::string> &extra,
                                       const Limits &limits);

// Strings covering every combination of matches of glob patterns (values.cpp).
struct GlobPattern
{
    std::string text;
    bool glob = false;     // `*` and `?` are wildcards
    bool foldCase = false; // compare without case
};
Result<std::vector<std::string>> globCells(const std::vector<GlobPattern> &patterns,
                                           std::size_t maxStates, bool allowColon = true);

// The negation of one atom over realistic requests (docs/reference/analysis.md): one or two
// atoms whose AND holds exactly when the atom does not; nullopt when the atom is constant.
std::vector<ConditionAtom> negateAtom(const ConditionBlock &block);
ConditionAtom atomOf(const ConditionBlock &block);

// Canonical operator text: "ForAnyValue:StringNotEqualsIfExists".
std::string operatorText(Qualifier qualifier, Operator op, bool ifExists);

} // namespace engine::analysis
