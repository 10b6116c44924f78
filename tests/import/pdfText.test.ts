import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksWrapped, unwrapPdfText, vocabularyOf } from '../../src/import';

describe('text copied from a PDF', () => {
  it('stored layout texts are not taken for wrapped PDF text', () => {
    for (const id of ['2008-johannesburg', '2012-dubai', '2016-hammamet', '2022-geneva']) {
      expect(looksWrapped(readFileSync(`revisions/${id}.txt`, 'utf8'))).toBe(false);
    }
  });

  it('joins wrapped lines, undoes a hyphenated word break and keeps a compound hyphen', () => {
    const text = [
      'considering',
      'a)\tthe relevant outcomes of both phases of the World Summit on the',
      'Information Society (WSIS) and their imple-',
      'mentation in the Internet-',
      'related work of ITU;',
      'WTSA-16 – Resolution 75',
      '7',
      'b)\tthe second clause;',
      'invites Member States',
      'to submit contributions to CWG-Internet,',
    ].join('\n');
    expect(unwrapPdfText(text).split('\n').filter(Boolean)).toEqual([
      'considering',
      'a)\tthe relevant outcomes of both phases of the World Summit on the Information Society (WSIS) and their implementation in the Internet-related work of ITU;',
      'b)\tthe second clause;',
      'invites Member States',
      'to submit contributions to CWG-Internet,',
    ]);
  });

  it('settles line-end hyphens with the words of the stored text: high-level stays, imple-mentation joins', () => {
    const known = readFileSync('revisions/2022-geneva.txt', 'utf8');
    const text =
      'considering\na)\tthe outcome document of the high-\nlevel meeting on the imple-\nmentation of WSIS outcomes;\n';
    expect(unwrapPdfText(text, vocabularyOf(known)).split('\n')[1]).toBe(
      'a)\tthe outcome document of the high-level meeting on the implementation of WSIS outcomes;',
    );
    expect(unwrapPdfText(text).split('\n')[1]).toBe(
      'a)\tthe outcome document of the highlevel meeting on the implementation of WSIS outcomes;',
    );
  });

  it('does not take a wrapped "taking into account the 2030 Agenda" for a heading', () => {
    const text =
      'resolves\n1\tto implement the WSIS outcomes,\ntaking into account the 2030 Agenda for Sustainable Development, within the mandate;\n';
    expect(unwrapPdfText(text).split('\n').filter(Boolean)).toEqual([
      'resolves',
      '1\tto implement the WSIS outcomes, taking into account the 2030 Agenda for Sustainable Development, within the mandate;',
    ]);
  });
});
