// Writes the benchmark inputs (workloads.h) as files, for the command-line measurements of
// tests/bench/callgrind.sh:
//
//   bench_inputs DIR
//
// DIR/typical-policy.json      the 10-statement policy
// DIR/typical-requests.jsonl   10,000 requests against it (500 principals × 4 stages × 5 actions)
// DIR/matrix-policy.json       the access matrix's 20 KB policy
// DIR/lint-1000.json           lintPolicy(1,000), about 490 KB
// DIR/lint-10000.json          lintPolicy(10,000), about 4.9 MB
#include "workloads.h"

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace {

bool write(const std::string &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
    out.close();
    if (!out) {
        std::fprintf(stderr, "bench_inputs: cannot write %s\n", path.c_str());
        return false;
    }
    return true;
}

std::string lines(const std::vector<std::string> &values)
{
    std::string out;
    for (const std::string &v : values)
        out.append(v).push_back('\n');
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_inputs DIR\n");
        return 2;
    }
    const std::string dir = argv[1];
    const bool ok = write(dir + "/typical-policy.json", bench::typicalPolicy())
                    && write(dir + "/typical-requests.jsonl", lines(bench::typicalRequestLines(500)))
                    && write(dir + "/matrix-policy.json", bench::matrixPolicy())
                    && write(dir + "/lint-1000.json", bench::lintPolicy(1000))
                    && write(dir + "/lint-10000.json", bench::lintPolicy(10000));
    return ok ? 0 : 1;
}
