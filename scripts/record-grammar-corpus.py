#!/usr/bin/env python3
"""Record the grammar corpus: shorthand inputs and what the AWS CLI's parser makes of them.

Usage:  python3 scripts/record-grammar-corpus.py [--out corpus/grammar] [--check]

Inputs come from hand-written tables (one function per category below), systematic
character tables, a seeded grammar-aware fuzzer and the `input` strings of
../shared/conformance/aws-cli-unit-vectors.jsonl (beside the repository). Every input is run through
scripts/shorthand_oracle.py (awscli's own ShorthandParser) and written as one JSON row:

  {"name": "<category>-<nnn>", "input": "...", "files"?: {...}, "value": ...}
  {"name": ..., "input": ..., "error": {"message": ..., "offset": ...}}
  {"name": ..., "input": ..., "pythonError": "RecursionError: ..."}

Everything is deterministic (fixed seeds, fixed tables), so re-running reproduces the
files byte for byte; `--check` re-records into memory and fails if any file differs.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import sys
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import shorthand_oracle  # noqa: E402  (a sibling script, not a package)

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO_ROOT, "corpus", "grammar")
# The shared checkout lies beside the repository (as in CI), not at a fixed absolute path.
UNIT_VECTORS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "shared", "conformance", "aws-cli-unit-vectors.jsonl")

# One case: the input text and, for `@=` rows, the files to create next to it.
Case = Tuple[str, Optional[Dict[str, Any]]]

PRINTABLE_ASCII = [chr(code) for code in range(0x20, 0x7F)]
ASCII_WHITESPACE = [" ", "\t", "\n", "\r", "\x0b", "\x0c"]
# Characters Python's str.isspace() (and so the regex `\s` and str.rstrip()) treats as
# whitespace beyond ASCII; JavaScript's `\s` disagrees on several of them.
UNICODE_WHITESPACE = [
    "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u1680", "\u2000", "\u2005",
    "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000",
]
# Look like whitespace to someone (JavaScript's `\s` includes U+FEFF) but are not to Python.
NOT_WHITESPACE = ["\u180e", "\u200b", "\ufeff", "\ufffe", "\uffff"]


def plain(inputs: Iterable[str]) -> List[Case]:
    """Cases without files."""
    return [(text, None) for text in inputs]


# --------------------------------------------------------------------------- categories


def basic() -> List[Case]:
    return plain([
        "a=b",
        "foo=bar",
        "a=b,c=d",
        "a=b,c=d,e=f",
        "Key=Name,Value=MyInstance",
        "Name=tag:Environment,Values=production,staging",
        "KmsKeyId=string,S3OutputPath=string",
        "MetricName=string",
        "Key=string,Value=string",
        "AutoGenerateEndpointName=boolean,EndpointName=string",
        "DataSource={S3DataSource={S3DataType=string,S3Uri=string}},CompressionType=string,"
        "TargetAttributeName=string,ContentType=string,ChannelType=string,"
        "SampleWeightAttributeName=string",
        "DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://bucket/prefix/}},"
        "TargetAttributeName=label",
        "S3OutputPath=s3://my-bucket/output/",
        "CompletionCriteria={MaxCandidates=10,MaxRuntimePerTrainingJobInSeconds=3600}",
        "Values=[a,b,c]",
        "Tags=[{Key=a,Value=b},{Key=c,Value=d}]",
        "a=1",
        "a=1.5",
        "a=-1",
        "a=true",
        "a=null",
        "a=",
        "a=,b=",
        "a=b,c=",
        "a=[]",
        "a={}",
        "a=b c",
        "a=hello world",
        "a=b,c",
        "a=b,c,d",
        "a=b=c",
        "a=http://example.com/x?y=z&w=v",
        "a=arn:aws:iam::123456789012:role/MyRole",
        "a=*.txt",
        "a=~/x",
        "a=$HOME",
        "a=100%",
        "a=(x)",
        "a=x;y",
        "a=<x>",
        "a=x|y",
        "a=x^y",
        "a=`x`",
        "a=x!",
        "a=x?y",
        "a=@x",
        "a=#x",
        "A=b,a=c",
        "a=b,B=c,b=d",
    ])


def keys() -> List[Case]:
    cases = [
        "abc=1",
        "ABC=1",
        "a1=1",
        "0=1",
        "a-b=1",
        "a_b=1",
        "a.b=1",
        "a#b=1",
        "a/b=1",
        "a:b=1",
        "-=1",
        "_=1",
        ".=1",
        "#=1",
        "/=1",
        ":=1",
        "a.b-c_d#e/f:g=1",
        "tag:Name=x",
        "s3://bucket/key=x",
        "=a",
        "=",
        "@=",
        "=a,b=c",
        "b=c,=a",
        "=a,=b",
        "={}",
        "=[a]",
        "a=1,=2",
        "a b=c",
        "a\tb=c",
        "a!=b",
        "a$=b",
        "a+b=c",
        "a%b=c",
        "a*b=c",
        "a(b)=c",
        "a[0]=c",
        "a{b}=c",
        "a'b'=c",
        'a"b"=c',
        "'a'=b",
        '"a"=b',
        "a,b=c",
        "a;b=c",
        "a\\b=c",
        "a~b=c",
        "é=a",
        "ké=a",
        "日本=a",
        "\u00a0a=b",
        "a\u00a0=b",
        "😀=a",
        "a😀=b",
        "k=v,😀=w",
        "a={é=b}",
        "a={😀=b}",
        "a={b c=d}",
        "a={b-c.d/e:f#g=h}",
        "a={=b}",
        "a={=b,=c}",
        "x" * 200 + "=1",
    ]
    # Every printable ASCII character inside a key.
    cases += ["k" + ch + "k=v" for ch in PRINTABLE_ASCII]
    return plain(cases)


def whitespace() -> List[Case]:
    cases = [
        "a = b",
        "a =b",
        "a= b",
        "a=b ",
        "a=b  ,c=d",
        "a=b, c=d",
        "a=b ,c=d",
        "a=b , c=d",
        "a = b , c = d",
        " a=b",
        "  a=b",
        "\ta=b",
        "a=b,  c=d",
        "a=b,\tc=d",
        "a=\tb",
        "a=b\t",
        "a @= b",
        "a@ =b",
        "a @=b",
        "a@= b",
        "a @ = b",
        "a=[ b ]",
        "a=[ b , c ]",
        "a=[\tb\t,\tc\t]",
        "a= [b]",
        "a =[b]",
        "a=[b] ",
        "a=[b]  ,c=d",
        "a=[b] ,c=d",
        "a=[b], c=d",
        "a={ b = c }",
        "a= {b=c}",
        "a={b=c} ",
        "a={b=c} ,d=e",
        "a={b=c}, d=e",
        "a={ b=c , d=e }",
        "a={b = c,d = e}",
        "a={b=c d=e}",
        "a={b=c ,d=e}",
        "a=[ ]",
        "a={ }",
        "a=[\n]",
        "a={\n}",
        "a=[ [ b ] , [ c ] ]",
        "a=[ { b = c } ]",
        "a= ",
        "a=  ",
        "a=\t",
        "a= ,b=c",
        "a=b,c= ",
        "a=b, ",
        "a=b,\t",
        "a =",
        "a ",
        "a = ",
        "a=b c d",
        "a=b  c",
        "a=x, b c ,d",
        "a=\x0bb",
        "a=\x0cb",
        "a=b\x0b",
        "a=b\x0c",
        "a=b\x0bc",
        "a=b\x0cc",
        "a\x0b=b",
        "a\x0c=b",
        "a=b,\x0bc=d",
        "a=b,\x0cc=d",
        "a=[\x0bb\x0c]",
        "a=b\r",
        "a=b\r,c=d",
        "a=\rb",
        "a\r=b",
    ]
    for ws in ASCII_WHITESPACE:
        cases += [f"a{ws}={ws}b", f"a=b{ws},{ws}c=d", f"a={ws}[{ws}b{ws},{ws}c{ws}]",
                  f"a={ws}{{{ws}b{ws}={ws}c{ws}}}", f"a{ws}@{ws}={ws}b"]
    return plain(cases)


def rstrip() -> List[Case]:
    """Unicode whitespace: matched by `\\s` inside values, stripped at the end, kept at the start."""
    cases: List[str] = []
    for ch in UNICODE_WHITESPACE + NOT_WHITESPACE:
        cases += [
            f"a=b{ch}",
            f"a={ch}b",
            f"a={ch}",
            f"a=b{ch}c",
            f"a=b{ch},c=d",
            f"a=x,b{ch}",
            f"a=[b{ch}]",
            f"a={{b=c{ch}}}",
            f"a{ch}=b",
        ]
    cases += [
        "a=b \u00a0 \u3000",
        "a=\u00a0\u3000b\u3000\u00a0",
        "a=\u2028",
        "a=b\u2028c\u2028",
        "a='b\u00a0'",
        "a=\"\u3000b\u3000\"",
        "a=x,\u00a0b",
        "a=[\u00a0b,\u3000c]",
        "a=\u00a0,b=c",
        "a=\x1f",
        "a=x\x1c\x1d\x1e\x1f",
    ]
    return plain(cases)


def charset() -> List[Case]:
    """Every printable ASCII character as a value's first, following and later-value character."""
    cases: List[str] = []
    for ch in PRINTABLE_ASCII:
        cases.append(f"a={ch}z")       # first character of a first value
    for ch in PRINTABLE_ASCII:
        cases.append(f"a=z{ch}z")      # following character of a first value
    for ch in PRINTABLE_ASCII:
        cases.append(f"a=y,{ch}z")     # first character of a later csv value
    for ch in PRINTABLE_ASCII:
        cases.append(f"a=y,z{ch}z")    # following character of a later csv value
    for ch in PRINTABLE_ASCII:
        cases.append(f"a=[{ch}z]")     # first character of an explicit-list item
    for ch in PRINTABLE_ASCII:
        cases.append(f"a=[z{ch}z]")    # following character of an explicit-list item
    return plain(cases)


def controls() -> List[Case]:
    cases: List[str] = []
    for code in list(range(0x00, 0x20)) + [0x7F, 0x80, 0x9F]:
        ch = chr(code)
        cases += [f"a=z{ch}z", f"a={ch}z", f"a=y,z{ch}z", f"a='{ch}'"]
    cases += ["a\x00=b", "\x00", "a=b\x00", "a=[b\x00]", "a={b=\x00}", "a=\"\x00\x01\x7f\""]
    return plain(cases)


def unquoted() -> List[Case]:
    return plain([
        "a=]",
        "a=}",
        "a=]]",
        "a=}}",
        "a=]x",
        "a=}x",
        "a=b]",
        "a=b}",
        "a=b[c",
        "a=b{c",
        "a=b[c]",
        "a=b{c}",
        "a=b=c=d",
        "a==b",
        "a=b==c",
        "a=[",
        "a={",
        "a=b@c",
        "a=@",
        "a=b'c",
        'a=b"c',
        "a=b'",
        "a=b\\",
        "a=\\",
        "a=\\\\",
        "a=b\\c",
        "a=\\,",
        "a=\\,b",
        "a=b\\,c",
        "a=b\\,",
        "a=\\\\,b",
        "a=b\\\\,c",
        "a=b\\,\\,c",
        "a=b\\, c",
        "a=b \\,c",
        "a=b\\ ,c",
        "a=x,\\,",
        "a=x,b\\,c",
        "a=x,\\,b\\,",
        "a=x,b\\,c,d",
        "a=[b\\,c]",
        "a=[\\,]",
        "a={b=c\\,d}",
        "a=b\\,c,d=e",
        "a=x,y]",
        "a=x,y}",
        "a=x,]",
        "a=x,}",
        "a=x,y[z",
        "a=x,y{z",
        "a=x,[y]",
        "a=x,{y}",
        "a=x,y=z",
        "a=x,y==z",
        "a=x,=y",
        "a=[a,}]",
        "a=[}]",
        "a=[}},]",
        "a=[a]]",
        "a=[a}]",
        "a=[a=b]",
        "a=[a[b]",
        "a=[a{b]",
        "a=[a{b}]",
        "a={b=}}",
        "a={b=}",
        "a={b=]}",
        "a={b=c]}",
        "a={b=c=d}",
        "a={b=c{d}",
        "a={b=c[d}",
        "a=b c,d=e",
        "a=-",
        "a=--x",
        "a=.",
        "a=/",
        "a=#",
        "a=:",
        "a=!",
        "a=~",
        "a=|",
        "a=^",
        "a=_",
        "a=`",
        "a=<",
        "a=>",
        "a=?",
        "a=&",
        "a=*",
        "a=+",
        "a=;",
        "a=(",
        "a=)",
        "a=%",
        "a=$",
    ])


def csv() -> List[Case]:
    return plain([
        "a=b,c",
        "a=b,c,d",
        "a=b,c,d,e,f",
        "a=b,c,d=e",
        "a=b,c,d=e,f",
        "a=b,c,d=e,f,g",
        "a=b,c=d,e",
        "a=b,,c",
        "a=b,,",
        "a=,b",
        "a=,b=c",
        "a=,,b=c",
        "a=,",
        "a=b,",
        "a=b, ",
        "a=b,c,",
        "a=b,c, ",
        "a=b,c ,d",
        "a=b , c , d",
        "a= b , c",
        "a=b,'c'",
        'a=b,"c"',
        "a=b,'c','d'",
        "a='b',c",
        "a='b','c'",
        "a=\"b\",'c',d",
        "a=b,''",
        "a='',''",
        "a=b,c d,e f",
        "a=b,[c]",
        "a=b,{c=d}",
        "a=[b],c",
        "a={b=c},d",
        "a=b,c,=d",
        "a=b,c@=d",
        "a=b,c @=d",
        "a=b,c =d",
        "a=b,c= d",
        "a=1,2,3",
        "a=1,2,3,b=4,5,6",
        "a=x,y,z,b=1,c=2,3",
        "a=b,c\n,d",
        "a=b,\nc",
        "a=b,c,d\\,e",
        "a=b,c.d,e-f,g_h,i/j,k:l,m#n",
        "a=b,😀",
        "a=b,é",
    ])


def backtrack() -> List[Case]:
    return plain([
        "a=b,c=d",
        "a=b,c,d=e",
        "a=x,b\\,c=d",
        "a=x,b\\,c",
        "a=x,b\\,c,d=e",
        "a=x,'p,q'r=s",
        'a=x,"p,q"r=s',
        "a=x,'p,q'=s",
        "a=x,'p,q',r=s",
        "a=x,y,'p,q'r=s",
        "a=x,'p'q=r",
        "a=x,'p,q",
        'a=x,"p,q',
        "a=x,'p",
        'a=x,"p',
        "a=x,'",
        "a=x,y'z=w",
        "a=x,y\"z=w",
        "a=x,y z=w",
        "a=x, y=w",
        "a=x,y =w",
        "a=x,y,z =w",
        "a=x,[y]=z",
        "a=x,{y}=z",
        "a=x,b=c=d",
        "a=x,b==c",
        "a=x,b@=c",
        "a=x,b@c=d",
        "a=x,b\\,c=d,e=f",
        "a=x,'p\\'q,r's=t",
        "a=x,'a,b','c,d'e=f",
        "a=x,y,'z,w'",
        "a=x,\\,=y",
        "a=x,p\\,=y",
        "a=x,,b=c",
        "a=x,b,,c=d",
        "a=x,b=c,,d=e",
        "a=x,b=,c=d",
        "a=x,b]=c",
        "a=x,b}=c",
        "a=x,b!=c",
        "a=x,b\n=c",
        "a=1,2,b=3,4,c=5",
        "a=x,'y' ,z=w",
        "a=x,\"y\"\t,z=w",
    ])


def lists() -> List[Case]:
    return plain([
        "a=[]",
        "a=[ ]",
        "a=[b]",
        "a=[b,c]",
        "a=[b, c]",
        "a=[ b , c ]",
        "a=[,]",
        "a=[a,]",
        "a=[a, ]",
        "a=[,a]",
        "a=[,,]",
        "a=[a,,b]",
        "a=[a,,]",
        "a=[[]]",
        "a=[[],[]]",
        "a=[[a,b],[c]]",
        "a=[a,[b]]",
        "a=[[a],b]",
        "a=[[[a]]]",
        "a=[{}]",
        "a=[{},{}]",
        "a=[{b=c},{d=e}]",
        "a=[{b=c}, {d=e}]",
        "a=[{b=c},d]",
        "a=[{b=[c,d]}]",
        "a=[a b]",
        "a=[a b, c d]",
        "a=[a=b]",
        "a=[a=b,c=d]",
        "a=[a@b]",
        "a=[b'c']",
        "a=['b'c]",
        "a=['b', \"c\"]",
        "a=['b,c']",
        "a=[' b ']",
        "a=[b\nc]",
        "a=[b,\nc]",
        "a=[\nb\n,\nc\n]",
        "a=[b]]",
        "a=[[b]",
        "a=[[b]]]",
        "a=[b",
        "a=[b,",
        "a=[b, ",
        "a=[",
        "a=[ ",
        "a=[[",
        "a=[b c",
        "a=[]b",
        "a=[b]c",
        "a=[b],c=d",
        "a=[b],[c]",
        "a=[b],c",
        "a=[b][c]",
        "a=[b],a=[c]",
        "[a]=b",
        "a=[b,[c],{d=e},'f',\"g\"]",
        "a=[{b=c}{d=e}]",
        "a=[{b=c} {d=e}]",
        "a=[[a] [b]]",
        "a=[a,[b],]",
        "a=[😀]",
        "a=['😀']",
        "a=[é,ü]",
        "a=[x,😀]",
    ])


def hashes() -> List[Case]:
    return plain([
        "a={}",
        "a={ }",
        "a={b=c}",
        "a={b=c,d=e}",
        "a={ b = c , d = e }",
        "a={b=c,}",
        "a={b=c, }",
        "a={b=c,,d=e}",
        "a={,}",
        "a={=c}",
        "a={b=}",
        "a={b=,c=d}",
        "a={b= ,c=d}",
        "a={b=[c,d],e={f=g}}",
        "a={b={}}",
        "a={b={c={d=e}}}",
        "a={b=c}}",
        "a={b=c",
        "a={b=c,",
        "a={b",
        "a={b=",
        "a={",
        "a={b=c,d}",
        "a={b=c,d=e,b=f}",
        "a={b=1,c=2,b=3,c=4}",
        "a={b=c},b={d=e}",
        "a={b@=c}",
        "a={b @ = c}",
        "a={ b=c}",
        "a={b=c }",
        "a={b='c'}",
        "a={b='c,d'}",
        "a={b=\"c,d\"}",
        "a={b=c\\,d}",
        "a={b=c,d=[e,f]}",
        "a={b=c},d=e",
        "a={b=c}x",
        "a={b=c}{d=e}",
        "a={b=c},{d=e}",
        "{a=b}",
        "a={b c}",
        "a={b=c d}",
        "a={b=c\nd=e}",
        "a={b=c,\nd=e}",
        "a={b=[]}",
        "a={b=[{c=d}]}",
        "a={b=[{c=d},{c=e}]}",
        "a={b='x'y}",
        "a={b='x' }",
        "a={b=[x] }",
        "a={b={c=d} }",
        "a={b=[x]y}",
        "a={b={c=d}e}",
        "a={b=c,'d'=e}",
        "a={b=c,d@=e}",
        "a={b=c,d=e,}",
        "a={'b'=c}",
        "a={b=😀}",
        "a={b='😀'}",
        "a={b=é}",
        "a={a={a={a=a}}}",
        "a=[{b=c},{b=c}]",
        "a=[{b=1,b=2}]",
        "a={b={c=1,c=2}}",
        "a={b=[1,2],b=[3]}",
        "a={b={c=1},b={d=2}}",
    ])


def quotes() -> List[Case]:
    return plain([
        "a='b'",
        'a="b"',
        "a=''",
        'a=""',
        "a='b,c'",
        'a="b,c"',
        "a='b=c'",
        "a='[b]'",
        "a='{b}'",
        "a='b\"c'",
        'a="b\'c"',
        "a='b\\'c'",
        'a="b\\"c"',
        "a='b\\\"c'",
        'a="b\\\'c"',
        "a='b\\\\c'",
        'a="b\\\\c"',
        "a='b\\\\\\\\c'",
        "a='b\\c'",
        'a="b\\c"',
        "a='\\'",
        'a="\\"',
        "a='x\\'",
        'a="x\\"',
        "a='x\\\\'",
        'a="x\\\\"',
        "a='x\\\\\\'",
        "a='x\\'y",
        'a="x\\"y',
        "a='x\\',b='y'",
        'a="x\\",b="y"',
        "a='\\''",
        'a="\\""',
        "a='\\\\\\''",
        "a='\\\\'",
        "a='\\n'",
        "a='\\t\\,'",
        "a=' b '",
        'a=" b "',
        "a='b' ",
        "a= 'b'",
        "a='b' ,c=d",
        "a='b'c",
        'a="b"c',
        "a='b''c'",
        "a='''",
        'a="""',
        "a=''''",
        "a='",
        'a="',
        "a='b",
        'a="b',
        "a='b,c=d",
        "a=\"b,c=d",
        "a=x,b='c",
        'a=x,b="c',
        "a=x,'y",
        'a=x,"y',
        "a=['b]",
        'a=["b]',
        "a={b='c}",
        'a={b="c}',
        "a='x\ny'",
        'a="x\ny"',
        "a='😀'",
        'a="😀x😀"',
        "a='𝄞'",
        "a=x,'😀'",
        "a='é'",
        "a='b'\"c\"",
        "a=\"'\"",
        "a='\"'",
        "a='a\\'b\\'c'",
        "a='a\\\\'b'",
        'a="a\\\\"b"',
        "a='=',b='['",
        "a='b' , 'c'",
        "a=x,'y',\"z\"",
        "a=x,'y'z",
        "a=x,'y,z'w=1",
        "a='x',y",
        "a=\"x\",\"y\",'z'",
        "a='x\\'',b=c",
        "a=@'x'",
        "a='@'",
        "'a'",
        "\"a\"=b",
    ])


def errors() -> List[Case]:
    """At least one input per message kind, with EOF and a character as what was received."""
    return plain([
        # Expected '=' ...
        "a",
        "abc",
        "a@",
        "a@ ",
        "a@b",
        "a@@=b",
        "a b",
        "a!=b",
        "{a=b}",
        "[a]",
        "'a'",
        "a={b",
        "a={",
        "a={b c=d}",
        "a=b,'c",
        "a=x,b'c=d",
        "",
        " ",
        ",",
        "@",
        "a=b,",
        # Expected ',' ...
        "a==b",
        "a=b]",
        "a=b}",
        "a=[b]c",
        "a='b'c",
        "a=[",
        "a=[b",
        "a={b=c",
        "a={b=[c}",
        "a=[b] ",
        "a={b=c} ",
        "a='b' x",
        "a=[{b=c}{d}]",
        "a=[b c",
        "a=😀",
        "a=b😀",
        # Expected '<second>' ...
        "a=b, ",
        "a=b,c,",
        "a=b,c,\n",
        # Expected '<singled quoted>' / '<double quoted>' ...
        "a='b",
        'a="b',
        "a=['b]",
        'a=["b]',
        "a={b='c}",
        'a={b="c}',
        "a=x,b='c",
        'a=x,b="c',
        "a=[x,'y]",
        # Duplicate key
        "a=b,a=c",
        "=x,=y",
    ])


def duplicates() -> List[Case]:
    return plain([
        "a=b,a=c",
        "a=b,b=c,a=d",
        "a=b,a=c,a=d",
        "=x,=y",
        "a=[b],a=c",
        "a={b=c},a={b=d}",
        "a=b, a=c",
        "a=b ,a=c",
        "a=b\t,\ta=c",
        "a=[b] ,a=c",
        "a={b=c} ,a=d",
        "a='b' ,a=c",
        "a=b,c,a=d",
        "a=b,c, a=d",
        "a=x,b,a=y",
        "a={b=c,b=d}",
        "a={b={c=1,c=2}}",
        "a=[{b=1,b=2}]",
        "a=b,\na=c",
        "a=b\n,a=c",
        "a=b,\nc=d,\na=e",
        "a='😀',a=b",
        "a=😀,a=b",
        "😀x=1,a=2",
        "a='😀',b='😀',a=c",
        "a@=x,a=y",
        "A=b,a=c",
        "a.b=1,a.b=2",
        "__proto__=a,__proto__=b",
        "a=b,a=",
        "a=,a=",
        "a=b,a",
        "a=b,a=c,b=d",
        "a=x,a@=y",
        "a=b,c=d,e=f,c=g",
        "a=\"x,y\",a=z",
    ])


def newlines() -> List[Case]:
    return plain([
        "a=b\nc=d",
        "a=b,\nc=d",
        "a=b\n,c=d",
        "a=b\n",
        "\na=b",
        "a=b\n\n",
        "a=[\nb,\nc\n]",
        "a={\nb=c,\nd=e\n}",
        "a=b,\nc",
        "a=x,b\nc=d",
        "a=b\n\nc",
        "a\n=b",
        "a=\nb",
        "a=b,\nc=d,\ne=f",
        "a=b\r\nc=d",
        "a=b,\r\nc=d",
        "a=[b]\r\n,c=d",
        # Caret pictures: error on the first, a middle and the last line.
        "a=b,\nc==d\ne=f",
        "a==b\nc=d",
        "a==b\nc=d\ne=f",
        "x=1\ny=2,\nz==3",
        "a=b,\nc=d,\n",
        "a=b,\n",
        "a=[b]\nx",
        "a=[b]\n",
        "a=[b\nc",
        "a={b\nc=d}",
        "a=b,\n\n'c",
        "a='b\nc",
        "a=\"b\nc",
        "a=b,\r\nc==d",
        "a\r\nb=c",
        "a=b,c=d,\nc=e",
        "a=b,\nc=d\n,c=e",
        "\n\na",
        "a=[\n{b=c}\n{d=e}\n]",
        "a=b\u2028c=d",
        "a=b,\u2028c==d",
        "a=b\u0085,c=d",
    ])


def unicode() -> List[Case]:
    cases = [
        "a=é",
        "a=日本語",
        "a=Ωμέγα,b=ß",
        "a=é,ü",
        "a=x,ü",
        "a=ﬁ",
        "a=\u0301",
        "a=e\u0301",
        "a=\u200f\u05d0",
        "a=\uff0cb",
        "a=b\uff0cc=d",
        "a=b\uff1dc",
        "a=\uffff",
        "a=\ufffe",
        "a=\ufffd",
        "a=\ue000",
        "a=😀",
        "a=x😀",
        "a=x😀y",
        "a='😀'",
        'a="😀"',
        "a='x😀y'",
        "a=[😀]",
        "a=['😀']",
        "a={b=😀}",
        "a={b='😀'}",
        "a=x,😀",
        "a=x,'😀'",
        "a='😀',b=😀",
        "a='😀😀',b=c,b=d",
        "a=\U00010000",
        "a='\U00010000'",
        "a=\U0010ffff",
        "a='\U0010ffff'",
        "a='\U0001f468\u200d\U0001f469\u200d\U0001f467'",
        "😀=a",
        "a😀=b",
        "a=b,😀=c",
        "a={😀=b}",
        "a=\u00e9\U0001d11e",
        "'😀'",
        "a='😀',😀",
        # Lone surrogates: legal in JavaScript strings and Python str alike.
        "a=\ud800",
        "a=x\udc00",
        "a='\ud800'",
        "\ud800=a",
        "a=\udfff,b=\ud83d",
    ]
    return plain(cases)


# Default contents for files named by paramfile rows.
TEXT_FILE = "file-contents123"


def paramfile() -> List[Case]:
    f = {"f": TEXT_FILE}
    g = {"g": "second file\n"}
    cases: List[Case] = [
        ("a@=file://f", f),
        ("a@=fileb://f", f),
        ("a=file://f", f),
        ("a@=f", f),
        ("a@=file://f,b@=fileb://f", f),
        ("Foo@=file://f,Bar={Baz@=file://f}", f),
        ("Bar@={Baz=file://f}", f),
        ("a@={b=file://f}", f),
        ("a={b@=file://f}", f),
        ("a@={b@=file://f}", f),
        ("a@=[file://f]", f),
        ("a@=[x, file://f, fileb://f]", f),
        ("a@=[file://f, {b=c}, file://f]", f),
        ("a=[{b@=c}, file://f]", f),
        ("a@=[{b=c}, file://f]", f),
        ("a={b@=[file://f, {c=d}, file://f]}", f),
        ("a={b@=x,c=file://f}", f),
        ("a={b=x,c@=file://f}", f),
        ("a@=x,file://f", f),
        ("a@=file://f,file://f", f),
        ("a@=file://f,b=c", f),
        ("a@=file://f,b=file://f", f),
        ("a@=x,b=file://f", f),
        ("a=b,c@=file://f", f),
        ("a@=x,file://f=y", f),
        ("a@=x,file://nofile=y", None),
        ("a=x,file://nofile=y", None),
        ("a@='file://f'", f),
        ('a@="file://f"', f),
        ('a@="fileb://f"', f),
        ("a@=x,'file://f'", f),
        ("a@=['file://f']", f),
        ("a@= file://f", f),
        ("a@ =file://f", f),
        ("a @=file://f", f),
        ("a @ = file://f", f),
        ("a@=file://f ", f),
        ("a@=file://f\u00a0", f),
        ("a@=\u00a0file://f", f),
        ("a@=' file://f'", f),
        ("a@='file://f '", f),
        ("a@=", f),
        ("a@=''", f),
        ("a@=[]", f),
        ("a@={}", f),
        ("a@=x", f),
        ("a@=file:/f", f),
        ("a@=FILE://f", f),
        ("a@=file://F", f),
        ("a@=http://example.invalid/x", None),
        ("a@=s3://bucket/key", None),
        ("a@=file://", None),
        ("a@=fileb://", None),
        ("a@=file://.", None),
        ("a@=fileb://.", None),
        ("a@=file://d", {"d/x.txt": "in a dir"}),
        ("a@=file://d/x.txt", {"d/x.txt": "in a dir"}),
        ("a@=file://./d/x.txt", {"d/x.txt": "in a dir"}),
        ("a@=file://f/", f),
        ("a@=file://nofile", None),
        ("a@=fileb://nofile", None),
        ("a@=file://fakefile.txt", None),
        ("a@=file:///nonexistent-shorthand-oracle/x", None),
        ("a@=x,file://nofile", None),
        ("a@={b@=file://nofile}", None),
        ("a@=[file://nofile]", None),
        ("a@='file://nofile'", None),
        ("a@=file://my file.txt", {"my file.txt": "spaced"}),
        ("a@='file://my file.txt'", {"my file.txt": "spaced"}),
        ("a@=file://f\\,g", {"f,g": "comma in name"}),
        ("a@=file://f,g", {"f": TEXT_FILE, "g": "G"}),
        ("a@=file://f,file://g", {"f": TEXT_FILE, "g": "G"}),
        ("a@=fileb://f,fileb://g", {"f": TEXT_FILE, "g": "G"}),
        ("a@=file://é.txt", {"é.txt": "unicode name"}),
        ("a@=file://g", g),
        ("a@=fileb://g", g),
        ("a@=file://g", {"g": ""}),
        ("a@=fileb://g", {"g": ""}),
        ("a@=file://g", {"g": "  padded  \n\n"}),
        ("a@=file://g", {"g": "line1\r\nline2\r\n"}),
        ("a@=fileb://g", {"g": "line1\r\nline2\r\n"}),
        ("a@=file://g", {"g": "old\rmac"}),
        ("a@=file://g", {"g": "\ufeffwith bom"}),
        ("a@=fileb://g", {"g": "\ufeffwith bom"}),
        ("a@=file://g", {"g": "héllo 😀 wörld"}),
        ("a@=fileb://g", {"g": "héllo 😀"}),
        ("a@=file://g", {"g": "a=b,c=d"}),
        ("a@=file://g", {"g": {"$bytes": "/w=="}}),
        ("a@=fileb://g", {"g": {"$bytes": "AAEC/w=="}}),
        ("a@=file://g", {"g": "x\u2028y\x85z"}),
        ("a@=file://g", {"g": "nul\x00inside"}),
        ("a@", f),
        ("a@b=c", f),
        ("a@@=file://f", f),
        ("@=file://f", f),
        ("a@=file://f,a@=file://f", f),
        ("a@=x,a=file://f", f),
        # Files load as the parser meets them: a read before a syntax error fails first.
        ("a@=file://nofile,b==c", None),
        ("a==b,c@=file://nofile", None),
        ("a@=x,file://nofile,", None),
        ("a@=file://f,", f),
        ("a@=[file://nofile", None),
        ("a@={b=[file://f", f),
    ]
    return cases


def nesting() -> List[Case]:
    def lists_of(depth: int, inner: str = "") -> str:
        return "a=" + "[" * depth + inner + "]" * depth

    def hashes_of(depth: int, inner: str = "x") -> str:
        return "a=" + "{a=" * depth + inner + "}" * depth

    def mixed(depth: int) -> str:
        opening = "".join("[" if level % 2 == 0 else "{k=" for level in range(depth))
        closing = "".join("]" if level % 2 == 0 else "}" for level in reversed(range(depth)))
        return "a=" + opening + "v" + closing

    # Depths near Python's limit (about 490 here; less inside the real `aws` process) are
    # left out on purpose: the exact threshold depends on the caller's stack.
    cases = [lists_of(depth) for depth in (1, 2, 3, 10, 50, 200, 400)]
    cases += [lists_of(depth, "x") for depth in (5, 100)]
    cases += [hashes_of(depth) for depth in (1, 2, 10, 50, 200, 400)]
    cases += [mixed(depth) for depth in (4, 51, 200, 401)]
    cases += [lists_of(depth) for depth in (1000, 3000)]
    cases += [hashes_of(depth) for depth in (1000,)]
    cases += [mixed(1000)]
    cases += [
        "a=" + "[" * 100,
        "a=" + "[" * 1000,
        "a=" + "{a=" * 100,
        "a=" + "{a=" * 1000,
        "a=" + "[" * 10 + "]" * 9,
        "a=" + "[" * 9 + "]" * 10,
        "a=" + "{a=" * 10 + "}" * 9,
        "a=" + "{a=" * 9 + "}" * 10,
        "a=" + "[" * 50 + "x" + "]" * 50 + ",b=" + "{c=" * 50 + "y" + "}" * 50,
        "a=" + "[" * 20 + "x,y" + "]" * 20,
        "a=[" + ",".join("[" * d + "]" * d for d in range(1, 30)) + "]",
    ]
    return plain(cases)


def long() -> List[Case]:
    rng = random.Random(1729)
    words = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789-_./: ") for _ in range(20000))
    return plain([
        "a=" + "x" * 100000,
        "a=[" + ",".join(f"v{i}" for i in range(10000)) + "]",
        ",".join(f"k{i}=v{i}" for i in range(3000)),
        "a=" + ",".join(f"x{i}" for i in range(5000)),
        "a=\"" + "\\\"x\\\\" * 4000 + "\"",
        "a=" + "x" * 20000 + "=",
        "a=" + "y" * 20000 + "]",
        "a=" + words,
        "a={" + ",".join(f"k{i}=v{i}" for i in range(2000)) + "}",
        "a=" + " " * 10000 + "b",
        "a=b" + " " * 10000 + ",c=d",
        "a=" + "x," * 5000 + "b=c",
        "a=" + "\\," * 5000,
        "a='" + "\\" * 10000 + "'",
        "a='" + "\\" * 10000,
    ])


PROTO_KEYS = ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString",
              "valueOf", "__defineGetter__", "isPrototypeOf", "toJSON", "then"]


def proto() -> List[Case]:
    cases: List[str] = []
    for key in PROTO_KEYS:
        cases += [f"{key}=x", f"a={{{key}=x}}"]
    cases += [
        "__proto__={a=b}",
        "__proto__=[a,b]",
        "__proto__=a,b",
        "a={__proto__={b=c}}",
        "a={__proto__={b=c},d=e}",
        "a=[{__proto__=x}]",
        "__proto__=x,__proto__=y",
        "a={__proto__=x,__proto__=y}",
        "a={constructor=x,toString=y,valueOf=z}",
        "constructor={prototype={x=y}}",
        "x=1,__proto__=2,y=3",
        # Integer-like keys: JavaScript objects enumerate these first, in numeric order.
        "2=a,1=b,10=c,x=d,0=e",
        "b=1,a=2,1=3",
        "a={2=x,1=y,z=w,0=v}",
        "-1=a,1.5=b,01=c,4294967295=d,4294967294=e,9007199254740993=f",
        "1=a,1.0=b,01=c",
        "0=a,00=b",
    ]
    return plain(cases)


# --------------------------------------------------------------------------- fuzz

# Letters deliberately exclude `f` so no generated text can spell `file://` (no file I/O).
FUZZ_KEY_CHARS = "abkxyzABK019-_.#/:"
FUZZ_PLAIN = list("abcxyzABC0129-_./:")
FUZZ_ODD = (
    list("#!*~^|<>?;()&%$+@`")
    + [" ", "\t", "\n", ",", "=", "[", "]", "{", "}", "'", '"', "\\", "\\,", "\r", "\x0b",
       "\x0c", "\u00a0", "\u3000", "\u2028", "\x85", "\x1f", "\x00", "é", "日", "😀", "\ufeff",
       "\u200b"]
)
FUZZ_SPECIALS = [",", "=", "[", "]", "{", "}", "'", '"', "\\", "\\,", "@", " ", "\n", "\t",
                 "\u00a0", "😀", "\x1f", ",,", "=[", "]}", "{a=", "',", "\\'", '\\"']


class _Fuzzer:
    """A grammar-aware generator: well-formed shorthand seasoned with odd characters.

    `oddness` is the chance that any one value character is drawn from FUZZ_ODD rather
    than plain letters; low values give mostly valid documents, high ones stress errors.
    """

    def __init__(self, rng: random.Random, oddness: float) -> None:
        self.rng = rng
        self.oddness = oddness

    def key(self) -> str:
        roll = self.rng.random()
        if roll < 0.06:
            return ""
        if roll < 0.1:
            return self.rng.choice(PROTO_KEYS[:3] + ["1", "0"])
        return "".join(self.rng.choice(FUZZ_KEY_CHARS) for _ in range(self.rng.randint(1, 4)))

    def char(self) -> str:
        pool = FUZZ_ODD if self.rng.random() < self.oddness else FUZZ_PLAIN
        return self.rng.choice(pool)

    def scalar(self) -> str:
        return "".join(self.char() for _ in range(self.rng.randint(0, 5)))

    def quoted(self) -> str:
        quote = self.rng.choice("'\"")
        pieces = ["a", "b", " ", ",", "=", "[", "}", "\\", "\\" + quote, "😀", "\n", "\\\\"]
        if self.rng.random() < self.oddness:
            pieces.append(quote)
        body = "".join(self.rng.choice(pieces) for _ in range(self.rng.randint(0, 5)))
        closing = "" if self.rng.random() < self.oddness / 3 else quote
        return quote + body + closing

    def separator(self) -> str:
        if self.rng.random() < self.oddness:
            return self.rng.choice([" = ", "@=", " @= ", "=\t", "\n="])
        return "="

    def value(self, depth: int) -> str:
        rng = self.rng
        roll = rng.random()
        if depth < 3 and roll < 0.2:
            items = [self.value(depth + 1) for _ in range(rng.randint(0, 3))]
            closing = "]" if rng.random() > self.oddness / 2 else rng.choice([",]", "", "]]", " ]"])
            return "[" + rng.choice([",", ", ", " ,"]).join(items) + closing
        if depth < 3 and roll < 0.4:
            pairs = [self.key() + self.separator() + self.value(depth + 1)
                     for _ in range(rng.randint(0, 3))]
            closing = "}" if rng.random() > self.oddness / 2 else rng.choice([",}", "", "}}", " }"])
            return "{" + rng.choice([",", ", "]).join(pairs) + closing
        if roll < 0.55:
            return self.quoted()
        if depth == 0 and roll < 0.7:
            return ",".join(self.scalar() or "v" for _ in range(rng.randint(2, 4)))
        return self.scalar()

    def document(self) -> str:
        rng = self.rng
        pairs = [self.key() + self.separator() + self.value(0) for _ in range(rng.randint(1, 4))]
        text = rng.choice([",", ",", ", ", " ,", ",\n"]).join(pairs)
        # Occasionally mutate: insert a special, delete a character or repeat a slice.
        while rng.random() < self.oddness:
            position = rng.randint(0, len(text))
            action = rng.random()
            if action < 0.5:
                text = text[:position] + rng.choice(FUZZ_SPECIALS) + text[position:]
            elif action < 0.8 and text:
                text = text[:position] + text[position + 1:]
            else:
                text = text[:position] + text[position:position + 4] + text[position:]
        return text


def fuzz() -> List[Case]:
    """400 seeded documents: 250 mostly well-formed, 150 chaotic."""
    rng = random.Random(20240917)
    seen = set()
    cases: List[str] = []
    for count, oddness in ((250, 0.08), (150, 0.4)):
        fuzzer = _Fuzzer(rng, oddness)
        made = 0
        while made < count:
            text = fuzzer.document()
            if text in seen:
                continue
            assert "file://" not in text and "fileb://" not in text
            seen.add(text)
            cases.append(text)
            made += 1
    return plain(cases)


# --------------------------------------------------------------------------- unit vectors

_FILE_REFERENCE = re.compile(r"fileb?://([A-Za-z0-9._/-]+)")


def unit_vectors() -> List[Case]:
    """The `input` strings of the shared AWS CLI unit-test vectors, re-recorded here.

    Files they name get contents of our own, except names containing "fake", which the
    unit tests use for a missing file.
    """
    if not os.path.exists(UNIT_VECTORS):
        raise SystemExit(f"missing {UNIT_VECTORS}: needed for the unit-vectors category")
    cases: List[Case] = []
    with open(UNIT_VECTORS, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            text = row.get("input")
            if not isinstance(text, str):
                continue
            names = [name for name in _FILE_REFERENCE.findall(text) if "fake" not in name]
            files = {name: f"contents of {name}" for name in names} or None
            cases.append((text, files))
    return cases


CATEGORIES: List[Tuple[str, Callable[[], List[Case]]]] = [
    ("basic", basic),
    ("keys", keys),
    ("whitespace", whitespace),
    ("rstrip", rstrip),
    ("charset", charset),
    ("controls", controls),
    ("unquoted", unquoted),
    ("csv", csv),
    ("backtrack", backtrack),
    ("lists", lists),
    ("hashes", hashes),
    ("quotes", quotes),
    ("errors", errors),
    ("duplicates", duplicates),
    ("newlines", newlines),
    ("unicode", unicode),
    ("paramfile", paramfile),
    ("nesting", nesting),
    ("long", long),
    ("proto", proto),
    ("fuzz", fuzz),
    ("unit-vectors", unit_vectors),
]


# --------------------------------------------------------------------------- recording


def record_category(category: str, cases: List[Case]) -> List[Dict[str, Any]]:
    """Run each distinct case through the oracle and build the category's rows."""
    rows: List[Dict[str, Any]] = []
    seen = set()
    for text, files in cases:
        identity = (text, json.dumps(files, sort_keys=True))
        if identity in seen:
            continue
        seen.add(identity)
        row: Dict[str, Any] = {"name": f"{category}-{len(rows):03d}", "input": text}
        if files:
            row["files"] = files
        outcome = shorthand_oracle.run_one(text, files)
        message = (outcome.get("error") or {}).get("message", "")
        if "shorthand-oracle-" in message:
            raise SystemExit(f"{row['name']}: message names the temp dir: {message!r}")
        row.update(outcome)
        rows.append(row)
    return rows


def render(rows: List[Dict[str, Any]]) -> str:
    """The JSONL text of a category, one row per line."""
    return "".join(shorthand_oracle.dumps(row) + "\n" for row in rows)


def error_kind(row: Dict[str, Any]) -> Optional[str]:
    """A short label for a row's failure, for the summary."""
    if "pythonError" in row:
        return "pythonError " + row["pythonError"].split(":")[0]
    error = row.get("error")
    if error is None:
        return None
    if error.get("kind"):
        return error["kind"]
    message = error["message"]
    match = re.match(r"Expected: '(.*?)', received: '(.*?)' for input", message, re.S)
    if match:
        received = match.group(2)
        shown = received if received in ("EOF", "<none>") else "<char>"
        return f"Expected '{match.group(1)}', received {shown}"
    if message.startswith("Second instance of key"):
        return "Second instance of key"
    return "other: " + message[:40]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=DEFAULT_OUT, help="output directory")
    parser.add_argument("--check", action="store_true",
                        help="re-record in memory and fail if any file would change")
    args = parser.parse_args()

    os.makedirs(args.out, exist_ok=True)
    kinds: collections.Counter = collections.Counter()
    total = 0
    changed = []
    for category, build in CATEGORIES:
        rows = record_category(category, build())
        text = render(rows)
        path = os.path.join(args.out, f"{category}.jsonl")
        if args.check:
            with open(path, encoding="utf-8") as handle:
                if handle.read() != text:
                    changed.append(path)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        counts = collections.Counter(
            "value" if "value" in row else "pythonError" if "pythonError" in row else "error"
            for row in rows
        )
        kinds.update(kind for kind in map(error_kind, rows) if kind)
        total += len(rows)
        print(f"{category:14} {len(rows):5} rows  {dict(counts)}", file=sys.stderr)
    print(f"{'total':14} {total:5} rows", file=sys.stderr)
    for kind, count in sorted(kinds.items()):
        print(f"  {count:5}  {kind}", file=sys.stderr)
    if changed:
        print("changed: " + ", ".join(changed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
