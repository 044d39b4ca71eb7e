#include "policy/diagnostic.h"

namespace engine {

const char *severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "ERROR";
    case Severity::SecurityWarning:
        return "SECURITY_WARNING";
    case Severity::Warning:
        return "WARNING";
    case Severity::Suggestion:
        return "SUGGESTION";
    }
    return "ERROR";
}

} // namespace engine
