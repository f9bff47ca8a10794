import * as assert from 'node:assert';
import { strToU8, zipSync } from 'fflate';
import { openProject } from '../../../src/core/annotations/qdpx/archive';
import { importQdaProject } from '../../../src/core/annotations/qdpx/importProject';
import { QdaFormatError } from '../../../src/core/annotations/qdpx/project';

// A project written by hand for this test, in the shape other QDA tools write: an embedded
// source with CRLF line ends and a character outside the BMP, one by relative path, codings
// by two users on one selection, a note, a nested code with a slash in its name.
const EMBEDDED = '𠀀 第一行\r\nSecond line with risk.\r\n';
const project = (extra = '') => `<?xml version="1.0" encoding="utf-8"?>
<Project name="hand" origin="Hand-written" xmlns="urn:QDA-XML:project:1.0">
  <Users><User guid="U1" name="Ann"/><User guid="u2" name="Bob"/></Users>
  <CodeBook><Codes>
    <Code guid="C1" name="Risk" isCodable="true" color="#AA0000"><Description>Risks</Description>
      <NoteRef targetGUID="N2"/>
      <Code guid="C2" name="compute/chips" isCodable="true"/>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="S1" name="Embedded Doc"><PlainTextContent>${EMBEDDED.replace(/\r/g, '&#13;')}</PlainTextContent>
      <PlainTextSelection guid="P1" startPosition="10" endPosition="14" creatingUser="U1" creationDateTime="2024-01-01T00:00:00Z">
        <Coding guid="K1" creatingUser="U1"><CodeRef targetGUID="C1"/></Coding>
        <Coding guid="K2" creatingUser="U2"><CodeRef targetGUID="C2"/></Coding>
        <NoteRef targetGUID="N1"/>
      </PlainTextSelection>
    </TextSource>
    <TextSource guid="S2" name="by-path" plainTextPath="relative://texts/other.txt">
      <PlainTextSelection guid="P2" startPosition="0" endPosition="5"><Coding guid="K3"><CodeRef targetGUID="C9"/></Coding></PlainTextSelection>
    </TextSource>
    <PictureSource guid="X1" name="photo"/>
    ${extra}
  </Sources>
  <Notes>
    <Note guid="N1" name="n"><PlainTextContent>A note on the selection</PlainTextContent></Note>
    <Note guid="N2"><PlainTextContent>Memo on Risk</PlainTextContent></Note>
  </Notes>
</Project>`;

describe('REFI-QDA import of a hand-written project', () => {
  const lf = EMBEDDED.replace(/\r\n/g, '\n');
  const documents = [{ path: 'docs/embedded.md', text: lf }, { path: 'texts/other.txt', text: 'Other text here' }];

  it('maps codes, users, embedded and by-path sources, code points and line endings, and reports the rest', () => {
    const opened = openProject(strToU8(project()), (loc) => (loc.kind === 'relative' && loc.path === 'texts/other.txt' ? strToU8('Other text here') : undefined));
    const r = importQdaProject({ project: opened.project, documents, readText: opened.readText });
    assert.deepStrictEqual(r.tags.map((t) => [t.id, t.color, t.description, t.memo]), [['Risk', '#aa0000', 'Risks', 'Memo on Risk'], ['Risk/compute∕chips', undefined, undefined, undefined]]);
    assert.deepStrictEqual(r.coders, ['Ann', 'Bob']);
    // "𠀀 第一行\r\n" is 7 code points (CR and LF count), so "Second" starts at 7 and 10–14 is "ond ";
    // in the LF document, where 𠀀 takes two UTF-16 units and CR is gone, that is offsets 10–14 again.
    const embedded = r.annotations.filter((a) => a.target.source === 'docs/embedded.md');
    assert.deepStrictEqual(embedded.map((a) => [a.author, a.tags, a.target.selector[0].exact, a.note]), [
      ['Ann', ['Risk'], 'ond ', 'A note on the selection'],
      ['Bob', ['Risk/compute∕chips'], 'ond ', undefined],
    ]);
    assert.notStrictEqual(embedded[0].id, embedded[1].id, 'one annotation per coder, distinct ids');
    assert.deepStrictEqual(r.sources.map((s) => [s.source, s.path, s.by]), [['Embedded Doc', 'docs/embedded.md', 'content'], ['by-path', 'texts/other.txt', 'content']]);
    assert.ok(r.problems.some((p) => /code C9, which is not in the codebook/.test(p)), r.problems.join('\n'));
    assert.ok(r.problems.some((p) => /1 × PictureSource/.test(p)), r.problems.join('\n'));
  });

  it('a .qdpx archive reads internal:// sources; unmatched sources and bad XML are reported', () => {
    const xml = project('<TextSource guid="S3" name="missing.txt" plainTextPath="internal://S3.txt"><PlainTextSelection guid="P3" startPosition="0" endPosition="2"/></TextSource>');
    const zip = zipSync({ 'project.qde': strToU8(xml), 'sources/S3.txt': strToU8('Not in the workspace') });
    const opened = openProject(zip);
    const r = importQdaProject({ project: opened.project, documents, readText: opened.readText });
    const missing = r.sources.find((s) => s.source === 'missing.txt')!;
    assert.match(missing.error!, /no document has the text or the name/);
    assert.ok(r.problems.some((p) => /1 selection\(s\) of "missing.txt" not imported/.test(p)));
    assert.throws(() => openProject(strToU8('<Project xmlns="urn:QDA-XML:project:1.0"><Users>')), QdaFormatError);
    assert.throws(() => openProject(strToU8('<Other/>')), /root element/);
  });
});
