// Internal to FindingText: the template tables (findingtext_templates.cpp).
#pragma once

#include <span>

namespace model::findingtext {

// A message template: the finding id it belongs to ("" for a phrase the engine fills into
// other messages, or a check id for a description) and the English text with %1, %2...
// where the engine fills in values. The text is marked with QT_TRANSLATE_NOOP.
struct FindingTemplate
{
    const char *id;
    const char *text;
};

// findingtext_messages.cpp, findingtext_phrases.cpp
std::span<const FindingTemplate> messages();        // context "FindingText"
std::span<const FindingTemplate> phrases();         // context "FindingText"
std::span<const FindingTemplate> parserMessages();  // context "FindingText"
std::span<const FindingTemplate> simulationTexts(); // context "SimulationText"
std::span<const FindingTemplate> descriptions();    // context "CheckDescription"

} // namespace model::findingtext
