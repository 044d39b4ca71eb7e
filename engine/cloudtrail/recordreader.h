// Splits an event file into the texts of its records without reading the file into one tree:
// memory holds one block and one record, so a 100 MB log replays in flat memory.
//
// Three layouts are recognised from the first key of the text:
//   - a CloudTrail log file, {"Records": [record, ...]} (also a bare array of records);
//   - `aws cloudtrail lookup-events` output, {"Events": [{"CloudTrailEvent": "<record as a
//     JSON string>", ...}, ...], "NextToken": ...}: each element is returned as is, flagged;
//   - JSON Lines: one record per line (blank lines are skipped).
//
//   RecordReader reader(source);
//   RawRecord r;
//   while (reader.next(r)) r.error.empty() ? handle(r.text) : report(r.number, r.error);
//
// Only the structure around the records is checked here; each record's text is read by the
// JSON reader afterwards. When that structure breaks (a truncated file), one RawRecord carries
// the error and the reader stops.
#pragma once

#include "cloudtrail/bytesource.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace engine::cloudtrail {

struct RawRecord
{
    std::string_view text;    // one JSON value; valid until the next call of next()
    bool lookupEvent = false; // an element of "Events": the record is its CloudTrailEvent
    std::size_t number = 0;   // 1-based position of the record in the file
    int line = 0;             // the line of the file where the record starts
    std::string error;        // set when the record cannot be cut out (then text is empty)
};

class RecordReader
{
public:
    // Records larger than this are reported as unreadable, not kept.
    static constexpr std::size_t maxRecordBytes = 10u * 1024u * 1024u;

    explicit RecordReader(ByteSource &source); // `source` is not owned; it must outlive this

    bool next(RawRecord &record);

private:
    enum class State { Begin, Members, Elements, AfterElement, Lines, End };

    int peek(); // the next byte, or -1 at the end; loads blocks as needed
    int get();  // the same, consumed
    void skipSpace();
    bool readKey(std::string &key);
    bool captureValue(std::string *into, std::string &error);
    bool fail(RawRecord &record, std::string message);
    bool nextLine(RawRecord &record);
    bool firstKeyIs(std::string_view key);

    ByteSource &m_source; // Not owned.
    std::string_view m_block;
    std::size_t m_pos = 0;
    int m_line = 1;
    State m_state = State::Begin;
    bool m_lookup = false;   // the array being read is "Events"
    bool m_topArray = false; // the array being read is the whole text
    std::size_t m_number = 0;
    std::string m_record;
    std::string m_key;
};

} // namespace engine::cloudtrail
