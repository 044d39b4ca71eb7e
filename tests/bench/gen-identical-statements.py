#!/usr/bin/env python3
"""Writes a secret policy of N identical statements to standard output (issue 14.10's input:
`secret-policy validate` on 100,000 of them took 193 s while every finding was compared with
every earlier one). Every statement draws the same findings, which the linter must report
once per statement and deduplicate in linear time.

    tests/bench/gen-identical-statements.py 100000 > /tmp/identical.json
    time build/bin/secret-policy validate /tmp/identical.json > /dev/null
    valgrind --tool=callgrind build/bin/secret-policy validate /tmp/identical-2000.json
"""
import sys

STATEMENT = ('{"Effect": "Allow", "Principal": "*", "Action": "secretsmanager:GetSecretValue", '
             '"Resource": "*"}')


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    out = sys.stdout
    out.write('{"Version": "2012-10-17", "Statement": [\n')
    out.write(',\n'.join([STATEMENT] * count))
    out.write('\n]}\n')


if __name__ == '__main__':
    main()
