import { describe, expect, it } from 'vitest';
import { clamp, decodeEntities, isPlainLine, safeMicrosoftUrl, toPlainText } from '../../../src/core/engine/text';
import {
  parseIsoDate,
  parseLastUpdatedPhrase,
  parseNextUpdatePhrase,
  parseProseDate,
  parseRfc822Date,
  parseStartPhrase,
} from '../../../src/core/engine/time';

describe('plain text', () => {
  it('decodes named and numeric entities, dropping invalid code points', () => {
    expect(decodeEntities('a &amp; b &#x1F600; &#65; &#xD800; &bogus;')).toBe('a & b 😀 A  &bogus;');
  });

  it('strips double-escaped markup, scripts and invisible characters', () => {
    expect(toPlainText('&lt;p&gt;Hi&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;\u202eevil\u200b')).toBe('Hi\nevil');
    // Markup that breaks its own lines: a raw line break is a space (an Azure event wrapped at 80 columns, corpus dev).
    expect(
      toPlainText(
        '<p>Engineers are applying mitigation and some\ncustomers may be seeing recovery.</p><p>The\nnext update will be provided in 60 minutes.</p>',
      ),
    ).toBe(
      'Engineers are applying mitigation and some customers may be seeing recovery.\n\nThe next update will be provided in 60 minutes.',
    );
    // Plain text keeps its line breaks.
    expect(toPlainText('Title: Outlook\nCurrent status: We are investigating.')).toBe(
      'Title: Outlook\nCurrent status: We are investigating.',
    );
  });

  it.each([
    ['Arabic letter mark', '\u061c'],
    ['Mongolian vowel separator', '\u180e'],
    ['soft hyphen', '\u00ad'],
    ['combining grapheme joiner', '\u034f'],
    ['variation selector 16', '\ufe0f'],
    ['tag characters', '\u{e0001}\u{e0041}\u{e007f}'],
    ['right-to-left isolate', '\u2067'],
  ])('drops the invisible %s', (_name, hidden) => {
    expect(toPlainText(`Out${hidden}look is down${hidden}`)).toBe('Outlook is down');
  });

  it.each([
    ['C1 controls', '\u0080\u0091\u009f'],
    ['deprecated format characters', '\u206a\u206b\u206f'],
    ['interlinear annotation marks', '\ufff9\ufffa\ufffb'],
    ['Hangul fillers', '\u3164\u115f\u1160\uffa0'],
    ['blank braille pattern', '\u2800'],
    ['Khmer inherent vowels', '\u17b4\u17b5'],
    ['Mongolian free variation selectors', '\u180b\u180f'],
    ['a supplementary variation selector', '\u{e0100}'],
    ['a lone surrogate', '\ud800'],
    ['Arabic number sign', '\u0600'],
  ])('drops the invisible %s (by category, not by list)', (_name, hidden) => {
    expect(toPlainText(`Out${hidden}look is down${hidden}`)).toBe('Outlook is down');
    expect(isPlainLine(`Outlook${hidden}`)).toBe(false);
  });

  it('reads line and paragraph separators as line breaks', () => {
    expect(toPlainText('first\u2028second\u2029third\u0085fourth')).toBe('first\nsecond\nthird\nfourth');
  });

  it('over the whole code space, every code point: a hidden character goes, any other stays', () => {
    // The rule stated by category: control, format, surrogate, default-ignorable, and the blank braille pattern.
    const hidden = /^[\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\u2800]$/u;
    // Whitespace and line breaks are tidied, markup and entity syntax has its own rules.
    const tidied = /^[\s\u0085<>&;]$/u;
    const expected = (ch: string) => (hidden.test(ch) ? 'ab' : `a${ch}b`);
    const wrong: string[] = [];
    // In blocks of 4,096 code points (one call each, fast enough for a loaded machine); a block that
    // differs is checked point by point, to name them.
    for (let start = 0; start <= 0x10ffff && wrong.length < 10; start += 0x1000) {
      const block: string[] = [];
      for (let code = start; code < start + 0x1000 && code <= 0x10ffff; code++) {
        const ch = String.fromCodePoint(code);
        if (tidied.test(ch)) continue;
        if (isPlainLine(ch) === hidden.test(ch)) wrong.push(code.toString(16));
        block.push(ch);
      }
      const text = block.map((ch) => `a${ch}b`).join('');
      if (toPlainText(text, text.length) === block.map(expected).join('')) continue;
      for (const ch of block) if (toPlainText(`a${ch}b`) !== expected(ch)) wrong.push(ch.codePointAt(0)!.toString(16));
    }
    expect(wrong).toEqual([]);
    // 1.1 million code points: seconds of work on a loaded 2-core machine, not a hang.
  }, 30_000);

  it('strips 200,000 unclosed tags without quadratic backtracking (found by the fuzz suite timing out)', () => {
    expect(toPlainText('<a'.repeat(200_000), 10)).toBe('aaaaaaaaa…');
    expect(toPlainText(`${'<b'.repeat(100_000)}x>tail`, 200_000).endsWith('btail')).toBe(true);
  });

  it('clamps by code points with an ellipsis', () => {
    expect(clamp('😀😀😀', 2)).toBe('😀…');
    expect(clamp('abc', 3)).toBe('abc');
  });

  it.each([
    ['https://status.cloud.microsoft/', 'https://status.cloud.microsoft/'],
    ['https://azure.status.microsoft/en-us/status/', 'https://azure.status.microsoft/en-us/status/'],
    ['http://status.cloud.microsoft/', undefined],
    ['javascript:alert(1)', undefined],
    ['https://microsoft.com.evil.example/', undefined],
    ['https://user:pw@status.cloud.microsoft/', undefined],
    ['https://admin.microsoft.com/Adminportal/Home#/servicehealth', 'https://admin.microsoft.com/Adminportal/Home#/servicehealth'],
    ['https://portal.azure.com/#blade/Microsoft_Azure_Health', 'https://portal.azure.com/#blade/Microsoft_Azure_Health'],
    ['https://evil-vm.eastus.cloudapp.azure.com/login', undefined],
    ['https://forms.office.com/r/phish', undefined],
    ['https://contoso.sharepoint.com/', undefined],
    ['not a url', undefined],
  ])('safeMicrosoftUrl(%s)', (input, expected) => {
    expect(safeMicrosoftUrl(input)).toBe(expected);
  });
});

describe('dates', () => {
  it('reads ISO with seven fractional digits and offsets; the .NET default is absent', () => {
    expect(parseIsoDate('2026-08-01T00:32:00.4890434+00:00')).toBe('2026-08-01T00:32:00.489Z');
    expect(parseIsoDate('2023-01-25T17:00:00+09:00')).toBe('2023-01-25T08:00:00.000Z');
    expect(parseIsoDate('0001-01-01T00:00:00+00:00')).toBeUndefined();
    expect(parseIsoDate('yesterday')).toBeUndefined();
  });

  it('reads RSS dates with Z, GMT and offsets', () => {
    expect(parseRfc822Date('Sat, 01 Aug 2026 00:22:00 Z')).toBe('2026-08-01T00:22:00.000Z');
    expect(parseRfc822Date('Sat, 01 Aug 2026 00:22:00 GMT')).toBe('2026-08-01T00:22:00.000Z');
    expect(parseRfc822Date('01 Aug 2026 09:22 +0900')).toBe('2026-08-01T00:22:00.000Z');
    expect(parseRfc822Date('Sat, 01 Foo 2026 00:22:00 Z')).toBeUndefined();
  });

  it('reads prose and Azure start phrases', () => {
    expect(parseProseDate('Wednesday, January 25, 2023, at 7:05 AM UTC')).toBe('2023-01-25T07:05:00.000Z');
    expect(parseProseDate('Thursday, September 3, 2026, at 12:00 PM UTC')).toBe('2026-09-03T12:00:00.000Z');
    expect(parseStartPhrase('Starting at 07:05 UTC on 25 Jan 2023, customers')).toBe('2023-01-25T07:05:00.000Z');
    expect(parseStartPhrase('Between 02:50 and 10:37 UTC on 27 Oct 2018, a subset')).toBe('2018-10-27T02:50:00.000Z');
  });
});

describe("the times Microsoft writes in prose (every form in tests/fixtures/real and Microsoft's posts)", () => {
  const published = '2025-10-29T17:12:00.000Z';

  it.each([
    ['Starting at 14:44 UTC on 23 July, 2026, we began investigating', '2026-07-23T14:44:00.000Z'],
    ['Starting at approximately 14:44 UTC on 23 July 2026, customers may have experienced', '2026-07-23T14:44:00.000Z'],
    ['Starting at 16:10 UTC on 07 Sep 2022, customers using Azure Front Door', '2022-09-07T16:10:00.000Z'],
    ['an issue that started on 19 July 2024 at 04:09 UTC, which resulted in', '2024-07-19T04:09:00.000Z'],
    ['Between 02:50 and 10:37 UTC on 27 Oct 2018, a subset of customers', '2018-10-27T02:50:00.000Z'],
    ['Beginning at 07:05 UTC on January 25, 2023, users', '2023-01-25T07:05:00.000Z'],
    // No date: the latest such time not after the post (the same day here).
    ['Starting at approximately 16:00 UTC, we began experiencing Azure Front Door issues', '2025-10-29T16:00:00.000Z'],
    // Later in the day than the post: the day before.
    ['Since 23:30 UTC, customers may', '2025-10-28T23:30:00.000Z'],
  ])('start: %s', (text, start) => {
    expect(parseStartPhrase(text, published)).toBe(start);
  });

  // Issue 18: 12-hour clocks, US zones, ranges across midnight.
  it.each([
    ['Starting at 8:10 AM UTC on 29 October 2025, users', '2025-10-29T08:10:00.000Z'],
    ['Starting at 12:05 AM UTC on 29 October 2025, users', '2025-10-29T00:05:00.000Z'],
    ['Starting at 8:10 AM PDT on October 29, 2025, users', '2025-10-29T15:10:00.000Z'],
    ['Starting at 8:10 AM PST on 29 Oct 2025, users', '2025-10-29T16:10:00.000Z'],
    ['Starting at 9:45 PM EDT on 28 October 2025, users', '2025-10-29T01:45:00.000Z'],
    ['Starting at 11:00 AM EST on 29 October 2025, users', '2025-10-29T16:00:00.000Z'],
    ['Starting at 10:00 AM CDT on 29 October 2025, users', '2025-10-29T15:00:00.000Z'],
    ['Starting at 10:00 AM MST on 29 October 2025, users', '2025-10-29T17:00:00.000Z'],
    ['Between 11:30 PM and 1:15 AM UTC on 29 October 2025, users', '2025-10-28T23:30:00.000Z'],
    ['Between 23:10 and 01:30 UTC on 29 October 2025, users', '2025-10-28T23:10:00.000Z'],
    ['Between 23:10 UTC on 28 October and 01:30 UTC on 29 October 2025, users', '2025-10-28T23:10:00.000Z'],
    ['On 29 October 2025 between 08:10 and 09:30 UTC, users', '2025-10-29T08:10:00.000Z'],
  ])('start in other forms: %s', (text, start) => {
    expect(parseStartPhrase(text, published)).toBe(start);
  });

  it('prose dates in US zones', () => {
    expect(parseProseDate('Tuesday, May 5, 2026, at 8:10 PM PDT')).toBe('2026-05-06T03:10:00.000Z');
    expect(parseProseDate('Tuesday, May 5, 2026, at 12:10 AM UTC')).toBe('2026-05-05T00:10:00.000Z');
    expect(parseProseDate('Tuesday, May 5, 2026, at 13:10 PM UTC')).toBeUndefined();
  });

  it('a start with the year only at the end of the range takes that year and its own day', () => {
    expect(parseStartPhrase('Between 15:41 UTC on 29 October and 00:05 UTC on 30 October 2025, customers', published)).toBe(
      '2025-10-29T15:41:00.000Z',
    );
  });

  it('a time that says when things got better is not a start', () => {
    expect(parseStartPhrase('We have seen steady improvement since 16:55 UTC.', published)).toBeUndefined();
    expect(parseStartPhrase('We began to see recovery at 17:20 UTC.', published)).toBeUndefined();
  });

  it('finds no start where none is stated, and ignores times not introduced as a start', () => {
    expect(parseStartPhrase('We are investigating a networking issue in West US.', published)).toBeUndefined();
    expect(parseStartPhrase('This traffic spike subsided at 16:45 UTC and we are', published)).toBeUndefined();
  });

  it('reads "This message was last updated at …" as the post\'s own update time', () => {
    expect(parseLastUpdatedPhrase('… actions.\nThis message was last updated at 18:05 UTC on 23 July 2026')).toBe(
      '2026-07-23T18:05:00.000Z',
    );
    expect(parseLastUpdatedPhrase('No such sentence.')).toBeUndefined();
  });

  it('places a promised next update in time only when it can be: a stated time, or a delay from a stated writing time', () => {
    const status = 'we expect to have additional information on the effectiveness of these actions within approximately 30 minutes.';
    expect(parseNextUpdatePhrase(status, published, '2026-07-23T18:05:00.000Z')).toBe('2026-07-23T18:35:00.000Z');
    expect(parseNextUpdatePhrase(status, published)).toBeUndefined();
    expect(parseNextUpdatePhrase('The next update will be provided by 20:00 UTC.', published)).toBe('2025-10-29T20:00:00.000Z');
    expect(parseNextUpdatePhrase('The next update will be provided by 09:00 UTC.', published)).toBe('2025-10-30T09:00:00.000Z');
    expect(parseNextUpdatePhrase('We will provide additional information as it becomes available.', published)).toBeUndefined();
  });
});
