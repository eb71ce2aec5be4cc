"""An article: its cleaned text, where each offset is (line, column), its sentences and the
figures it mentions."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from claimsuite.errors import ArticleError
from claimsuite.files import NotRegularFileError, TooBigError, read_limited
from claimsuite.text.language import load_language
from claimsuite.text.mentions import Mention, extract_mentions
from claimsuite.text.mentions.spans import MentionIndex
from claimsuite.text.normalize import clean
from claimsuite.text.sentences import split_sentences

__all__ = ["Article", "Span"]

_BOM = b"\xef\xbb\xbf"
_UTF16 = (b"\xff\xfe", b"\xfe\xff")
MAX_BYTES = 20_000_000  # ~ 3 million words: far beyond any article; bounds time and memory


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` of an article's text."""

    start: int
    end: int

    def text(self, article: Article | str) -> str:
        """The characters of the span in ``article`` (an :class:`Article` or its text)."""
        source = article if isinstance(article, str) else article.text
        return source[self.start : self.end]

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and self.start <= offset < self.end


def _decode(path: str, data: bytes) -> str:
    if data.startswith(_UTF16):
        raise ArticleError(path, "UTF-16 text, not UTF-8", "save the article as UTF-8")
    body, skipped = (data[3:], 3) if data.startswith(_BOM) else (data, 0)
    nul = body.find(b"\x00")
    if nul != -1:
        line, col = _byte_position(body, nul)
        raise ArticleError(
            path,
            f"binary file (NUL byte at offset {nul + skipped})",
            "give the article as plain UTF-8 text",
            line,
            col,
        )
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        line, col = _byte_position(body, error.start)
        raise ArticleError(
            path,
            f"not UTF-8 text (byte 0x{body[error.start]:02X} at offset {error.start + skipped})",
            "save the article as UTF-8",
            line,
            col,
        ) from None


def _byte_position(body: bytes, offset: int) -> tuple[int, int]:
    """1-based line and character column of byte ``offset`` (the text before it is valid)."""
    line_start = body.rfind(b"\n", 0, offset) + 1
    line = body.count(b"\n", 0, offset) + 1
    column = len(body[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


@dataclass(frozen=True)
class Article:
    """An article's cleaned text in one language; derived views are computed once."""

    path: str
    text: str
    language: str

    @classmethod
    def read(cls, path: str | Path, language: str) -> Article:
        """Read an article file as UTF-8 (a BOM is fine); raise ``ArticleError`` otherwise."""
        load_language(language)
        name = str(path)
        try:
            # Only a regular file, and at most MAX_BYTES + 1 bytes of it (claimsuite.files).
            data = read_limited(Path(path), MAX_BYTES)
        except NotRegularFileError as error:
            raise ArticleError(
                name, f"is {error.kind}, not a regular file", "give the article as a text file"
            ) from None
        except TooBigError as error:
            size = f" {error.size} bytes," if error.size is not None else ""
            raise ArticleError(
                name, f"article is{size} over the {MAX_BYTES} limit", "split it up"
            ) from None
        except FileNotFoundError:
            raise ArticleError(
                name, "article file not found", "check the path of the article"
            ) from None
        except IsADirectoryError:
            raise ArticleError(
                name, "is a directory, not an article file", "give the path of a text file"
            ) from None
        except PermissionError:
            raise ArticleError(
                name, "article file cannot be read (permission denied)", "check its permissions"
            ) from None
        except OSError as error:
            raise ArticleError(
                name, f"article file cannot be read ({error.strerror})", "check the path"
            ) from None
        text = _decode(name, data)
        if not text.strip():
            raise ArticleError(name, "article is empty", "check that the file was saved in full")
        return cls(name, clean(text), language)

    @classmethod
    def from_text(cls, text: str, language: str, path: str = "<text>") -> Article:
        load_language(language)
        return cls(path, clean(text), language)

    @cached_property
    def _line_starts(self) -> array[int]:
        # A flat array, not a tuple of int objects: kept as long as the article, 36 bytes a
        # line as objects (~3 MB for a 10 MB article of 90,000 lines), 4 as an array.
        starts = array("i" if len(self.text) < 2**31 else "q", [0])
        find = self.text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based ``(line, column)`` of a character offset; columns count characters."""
        if not 0 <= offset <= len(self.text):
            msg = f"offset {offset} is outside the article (length {len(self.text)})"
            raise ValueError(msg)
        index = bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def offset(self, line: int, col: int) -> int:
        """The character offset of a 1-based ``(line, column)``: the inverse of ``position``."""
        return self._line_starts[line - 1] + col - 1

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` without its line break."""
        starts = self._line_starts
        if not 1 <= line <= len(starts):
            msg = f"line {line} is outside the article ({len(starts)} lines)"
            raise ValueError(msg)
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        return self.text[starts[line - 1] : end]

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        data = load_language(self.language)
        return tuple(Span(s, e) for s, e in split_sentences(self.text, data))

    def sentence_at(self, offset: int) -> Span:
        """The sentence containing ``offset``, or the nearest one before it (or the first)."""
        sentences = self.sentences
        if not sentences:
            return Span(0, 0)
        index = bisect_right(self._sentence_starts, offset) - 1
        return sentences[max(index, 0)]

    @cached_property
    def _sentence_starts(self) -> tuple[int, ...]:
        return tuple(s.start for s in self.sentences)

    @cached_property
    def mentions(self) -> tuple[Mention, ...]:
        return extract_mentions(self.text, self.language)

    @cached_property
    def mention_index(self) -> MentionIndex:
        """The mentions by position: span and nearest-kind queries by bisection."""
        return MentionIndex(self.mentions)
