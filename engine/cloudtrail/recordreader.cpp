#include "cloudtrail/recordreader.h"

namespace engine::cloudtrail {

namespace {

bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

RecordReader::RecordReader(ByteSource &source)
    : m_source(source)
{}

int RecordReader::peek()
{
    while (m_pos >= m_block.size()) {
        if (!m_source.next(m_block)) {
            m_block = {};
            m_pos = 0;
            return -1;
        }
        m_pos = 0;
    }
    return static_cast<unsigned char>(m_block[m_pos]);
}

int RecordReader::get()
{
    const int c = peek();
    if (c >= 0) {
        ++m_pos;
        if (c == '\n')
            ++m_line;
    }
    return c;
}

void RecordReader::skipSpace()
{
    while (isSpace(peek()))
        get();
}

// The first key of the object starting at the current byte, looked up in the current block
// without consuming anything.
bool RecordReader::firstKeyIs(std::string_view key)
{
    std::size_t i = m_pos + 1;
    while (i < m_block.size() && isSpace(m_block[i]))
        ++i;
    if (i >= m_block.size() || m_block[i] != '"')
        return false;
    const std::size_t end = m_block.find('"', i + 1);
    return end != std::string_view::npos && m_block.substr(i + 1, end - i - 1) == key;
}

bool RecordReader::readKey(std::string &key)
{
    key.clear();
    if (get() != '"')
        return false;
    bool escape = false;
    for (;;) {
        const int c = get();
        if (c < 0)
            return false;
        if (escape) {
            escape = false;
        } else if (c == '\\') {
            escape = true;
        } else if (c == '"') {
            return true;
        }
        if (key.size() < 64)
            key.push_back(static_cast<char>(c));
    }
}

// Copies (or skips, `into` null) one JSON value, tracking only strings and nesting; the JSON
// reader checks the text later. Stops before the `,` or closing bracket that ends a scalar.
bool RecordReader::captureValue(std::string *into, std::string &error)
{
    if (into)
        into->clear();
    int depth = 0;
    bool inString = false;
    bool escape = false;
    bool tooLong = false;
    for (;;) {
        if (peek() < 0) {
            error = "the file ends inside a record (a truncated file?)";
            return false;
        }
        const char *data = m_block.data();
        const std::size_t n = m_block.size();
        const std::size_t from = m_pos;
        std::size_t i = from;
        bool finished = false;
        for (; i < n; ++i) {
            const char c = data[i];
            if (c == '\n')
                ++m_line;
            if (inString) {
                if (escape)
                    escape = false;
                else if (c == '\\')
                    escape = true;
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    finished = true;
                    break;
                }
                if (--depth == 0) {
                    ++i;
                    finished = true;
                    break;
                }
            } else if (c == ',' && depth == 0) {
                finished = true;
                break;
            }
        }
        if (into && !tooLong) {
            if (into->size() + (i - from) > maxRecordBytes) {
                tooLong = true;
                into->clear();
            } else {
                into->append(data + from, i - from);
            }
        }
        m_pos = i;
        if (finished) {
            if (tooLong) {
                error = "the record is larger than "
                        + std::to_string(maxRecordBytes / (1024 * 1024)) + " MB";
                return false;
            }
            return true;
        }
    }
}

bool RecordReader::fail(RawRecord &record, std::string message)
{
    record.text = {};
    record.lookupEvent = false;
    record.number = ++m_number;
    record.line = m_line;
    record.error = std::move(message);
    m_state = State::End;
    return true;
}

bool RecordReader::nextLine(RawRecord &record)
{
    for (;;) {
        if (peek() < 0) {
            m_state = State::End;
            return false;
        }
        m_record.clear();
        const int line = m_line;
        bool tooLong = false;
        for (;;) {
            if (peek() < 0)
                break;
            const std::size_t newline = m_block.find('\n', m_pos);
            const std::size_t end = newline == std::string_view::npos ? m_block.size() : newline;
            if (!tooLong && m_record.size() + (end - m_pos) > maxRecordBytes) {
                tooLong = true;
                m_record.clear();
            }
            if (!tooLong)
                m_record.append(m_block.data() + m_pos, end - m_pos);
            m_pos = end;
            if (newline != std::string_view::npos) {
                get(); // the newline itself, counted
                break;
            }
        }
        std::string_view text = m_record;
        while (!text.empty() && isSpace(text.back()))
            text.remove_suffix(1);
        while (!text.empty() && isSpace(text.front()))
            text.remove_prefix(1);
        if (text.empty() && !tooLong)
            continue;
        record = RawRecord();
        record.number = ++m_number;
        record.line = line;
        if (tooLong)
            record.error = "the line is longer than "
                           + std::to_string(maxRecordBytes / (1024 * 1024)) + " MB";
        else
            record.text = text;
        return true;
    }
}

bool RecordReader::next(RawRecord &record)
{
    for (;;) {
        switch (m_state) {
        case State::End:
            return false;
        case State::Lines:
            return nextLine(record);
        case State::Begin: {
            if (m_number == 0 && m_line == 1 && m_pos == 0 && peek() == 0xef) {
                // A UTF-8 byte order mark.
                get();
                get();
                get();
            }
            skipSpace();
            const int c = peek();
            if (c < 0) {
                m_state = State::End;
                return false;
            }
            if (c == '[') {
                get();
                m_topArray = true;
                m_lookup = false;
                m_state = State::Elements;
            } else if (c == '{' && (firstKeyIs("Records") || firstKeyIs("Events"))) {
                get();
                m_state = State::Members;
            } else if (m_number == 0) {
                m_state = State::Lines;
            } else {
                return fail(record, "unexpected text after the last record");
            }
            break;
        }
        case State::Members: {
            skipSpace();
            const int c = peek();
            if (c == '}') {
                get();
                m_state = State::Begin;
                break;
            }
            if (c == ',') {
                get();
                break;
            }
            if (c != '"')
                return fail(record,
                            c < 0 ? "the file ends early (a truncated file?)"
                                  : "the file is not a CloudTrail log: expected a key");
            if (!readKey(m_key))
                return fail(record, "the file ends early (a truncated file?)");
            skipSpace();
            if (get() != ':')
                return fail(record, "the file is not a CloudTrail log: expected `:`");
            skipSpace();
            if ((m_key == "Records" || m_key == "Events") && peek() == '[') {
                get();
                m_topArray = false;
                m_lookup = m_key == "Events";
                m_state = State::Elements;
                break;
            }
            std::string error;
            if (!captureValue(nullptr, error))
                return fail(record, error);
            break;
        }
        case State::Elements: {
            skipSpace();
            const int c = peek();
            if (c == ']') {
                get();
                m_state = m_topArray ? State::Begin : State::Members;
                break;
            }
            if (c < 0)
                return fail(record, "the file ends early (a truncated file?)");
            record = RawRecord();
            record.line = m_line;
            std::string error;
            if (!captureValue(&m_record, error)) {
                if (peek() < 0)
                    return fail(record, error);
                // Too large: skipped, reported, and reading goes on.
                record.number = ++m_number;
                record.error = error;
                m_state = State::AfterElement;
                return true;
            }
            record.number = ++m_number;
            record.text = m_record;
            record.lookupEvent = m_lookup;
            m_state = State::AfterElement;
            return true;
        }
        case State::AfterElement: {
            skipSpace();
            const int c = get();
            if (c == ',') {
                m_state = State::Elements;
            } else if (c == ']') {
                m_state = m_topArray ? State::Begin : State::Members;
            } else {
                return fail(record,
                            c < 0 ? "the file ends early (a truncated file?)"
                                  : "expected `,` or `]` after a record");
            }
            break;
        }
        }
    }
}

} // namespace engine::cloudtrail
