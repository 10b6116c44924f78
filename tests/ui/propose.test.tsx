import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDraftStore } from '../../src/app/drafts/drafts';
import { formattedProposal } from '../fixtures/proposalEdits';
import { revision } from '../model/helpers';
import { axeViolations, renderRoute } from './renderRoute';

beforeEach(() => {
  localStorage.clear();
  resetDraftStore();
});

async function startDraft(user: ReturnType<typeof userEvent.setup>, name = 'My proposal') {
  const view = renderRoute('/propose');
  await user.type(await screen.findByRole('textbox', { name: /Name/ }), name);
  await user.click(screen.getByRole('button', { name: 'Start draft' }));
  await screen.findByRole('heading', { level: 1, name });
  return view;
}

describe('proposal workbench /propose', () => {
  it('starts a draft from Geneva 2022, edits a clause, shows the live redline and saves it', async () => {
    const user = userEvent.setup();
    const { router, container } = await startDraft(user);
    expect(router.state.location.search).toMatchObject({ base: '2022-geneva', draft: expect.stringMatching(/^d-/) });
    const box = screen.getByRole('textbox', { name: 'Wording of considering a)' });
    await user.clear(box);
    await user.type(box, 'the relevant outcomes of both phases of WSIS and of its review;');
    const changes = await screen.findByLabelText('Changes to considering a)');
    expect(within(changes).getByText(/and of its review/, { selector: 'ins' })).toBeInTheDocument();
    expect(screen.getAllByText('MOD 1').length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByText('All changes saved')).toBeInTheDocument());
    expect(await axeViolations(container)).toEqual([]);
  });

  it('nothing is lost on reload: the draft opens again from storage', async () => {
    const user = userEvent.setup();
    const { router, unmount } = await startDraft(user, 'Persistent');
    const box = screen.getByRole('textbox', { name: 'Wording of resolves 1' });
    fireEvent.change(box, { target: { value: 'to carry on the work;' } });
    await waitFor(() => expect(screen.getByText('All changes saved')).toBeInTheDocument());
    const url = router.state.location.href;
    unmount();
    resetDraftStore();
    renderRoute(url);
    expect(await screen.findByRole('heading', { level: 1, name: 'Persistent' })).toBeInTheDocument();
    expect(screen.getByDisplayValue('to carry on the work;')).toBeInTheDocument();
  });

  it('deleting a clause marks it SUP and reletters the clauses after it; undo restores it', async () => {
    const user = userEvent.setup();
    await startDraft(user);
    const f = screen.getByRole('article', { name: 'Clause considering f)' });
    await user.click(within(f).getByRole('button', { name: 'Delete' }));
    expect(screen.getAllByText(/^SUP/).length).toBe(1);
    const relettered = screen.getAllByRole('article', { name: 'Clause considering f)' })[1]!;
    expect(within(relettered).getByText('g)', { selector: 'del' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.queryAllByText(/^SUP/)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(screen.getAllByText(/^SUP/)).toHaveLength(1);
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('a second tab saving the same draft is noticed, never silently overwritten', async () => {
    const user = userEvent.setup();
    const { router } = await startDraft(user, 'Shared');
    const id = (router.state.location.search as { draft: string }).draft;
    const key = `res75.draft.${id}`;
    const theirs = JSON.parse(localStorage.getItem(key)!);
    theirs.seq += 1;
    theirs.savedBy = 'tab-other';
    theirs.draft.name = 'Shared (edited elsewhere)';
    localStorage.setItem(key, JSON.stringify(theirs));
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify(theirs) }));
    });
    expect(await screen.findByText('This draft was changed in another tab.')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'Wording of resolves 1' }), { target: { value: 'mine;' } });
    await new Promise((r) => setTimeout(r, 400));
    expect(JSON.parse(localStorage.getItem(key)!).draft.name).toBe('Shared (edited elsewhere)');
    await user.click(screen.getByRole('button', { name: "Load the other tab's version" }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Shared (edited elsewhere)' })).toBeInTheDocument();
  });

  it('corrupt stored data is set aside with a message and the app keeps working', async () => {
    localStorage.setItem('res75.drafts', JSON.stringify({ version: 1, ids: ['broken'] }));
    localStorage.setItem('res75.draft.broken', '{not json');
    renderRoute('/propose');
    expect(
      await screen.findByText(/Draft "broken" was unreadable. It was set aside under "res75\.quarantine\./),
    ).toBeInTheDocument();
    expect(Object.keys(localStorage).some((k) => k.startsWith('res75.quarantine.'))).toBe(true);
    expect(screen.getByRole('button', { name: 'Start draft' })).toBeEnabled();
  });

  it('drafts from a future version are left untouched and the tab will not save', async () => {
    localStorage.setItem('res75.drafts', JSON.stringify({ version: 9, ids: [] }));
    renderRoute('/propose');
    expect(await screen.findByText(/saved by a newer version of the app/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start draft' })).toBeDisabled();
    expect(JSON.parse(localStorage.getItem('res75.drafts')!).version).toBe(9);
    const created: Blob[] = [];
    URL.createObjectURL = (b: Blob) => {
      created.push(b);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => {};
    localStorage.setItem('res75.draft.future', '{"seq":1,"draft":{"schema":9}}');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download everything stored, as it is (JSON)' }));
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]!);
    });
    expect(JSON.parse(text).storage['res75.draft.future']).toBe('{"seq":1,"draft":{"schema":9}}');
  });

  it('opens a Word proposal: says what it read, lists the draft and opens it', async () => {
    const user = userEvent.setup();
    renderRoute('/propose');
    const input = await screen.findByLabelText(/Open a Word proposal/);
    const bytes = await formattedProposal(revision('2022-geneva'));
    await user.upload(input, new File([bytes], 'APT proposal.docx'));
    const report = await screen.findByRole('status', { name: 'Read from APT proposal.docx' }, { timeout: 5000 });
    expect(report).toHaveTextContent('A proposal on Geneva 2022: 2 modified, 1 added, 1 deleted, 0 moved');
    expect(screen.getByRole('link', { name: 'APT proposal' })).toBeInTheDocument();
    expect(await axeViolations(document.body)).toEqual([]);
    await user.click(within(report).getByRole('link', { name: /Open the draft/ }));
    expect(await screen.findByLabelText('Source (administration or group)')).toHaveValue('Formatting Administration');
  });

  it('a Word file on no stored text is refused with a clear message, and nothing is stored', async () => {
    const user = userEvent.setup();
    renderRoute('/propose');
    const input = await screen.findByLabelText(/Open a Word proposal/);
    await user.upload(input, new File(['not a zip'], 'notes.docx'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'notes.docx was not read: it does not start like a Word',
    );
    expect(localStorage.getItem('res75.drafts')).toBeNull();
  });

  it('an imported draft for an unknown revision is refused with a clear message', async () => {
    const user = userEvent.setup();
    renderRoute('/propose');
    const input = await screen.findByLabelText(/Import a draft/);
    const file = new File(
      [JSON.stringify({ schema: 1, id: 'x', name: 'x', base: '2030-atlantis', sections: [], header: {}, reasons: {} })],
      'draft.json',
      { type: 'application/json' },
    );
    await user.upload(input, file);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'draft.json amends "2030-atlantis", which is not a stored revision',
    );
    expect(localStorage.getItem('res75.drafts')).toBeNull();
  });
});

describe('browser storage that is full', () => {
  it('says so, keeps the draft on screen, saves nothing over it, and the draft can still be exported', async () => {
    const user = userEvent.setup();
    const { router } = await startDraft(user, 'Full storage');
    const id = (router.state.location.search as { draft: string }).draft;
    const stored = localStorage.getItem(`res75.draft.${id}`);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const created: Blob[] = [];
    URL.createObjectURL = (b: Blob) => {
      created.push(b);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => {};
    try {
      fireEvent.change(screen.getByRole('textbox', { name: 'Wording of resolves 1' }), {
        target: { value: 'kept on screen;' },
      });
      expect(await screen.findByText(/Not saved: Browser storage is full/)).toBeInTheDocument();
      expect(screen.getByDisplayValue('kept on screen;')).toBeInTheDocument();
      expect(localStorage.getItem(`res75.draft.${id}`)).toBe(stored);
      await user.click(screen.getByRole('button', { name: 'Draft as JSON' }));
      expect(created).toHaveLength(1);
      const text = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsText(created[0]!);
      });
      expect(text).toContain('kept on screen;');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});

describe('workbench details a delegate meets', () => {
  beforeEach(() => sessionStorage.clear());

  it('after "Insert after", the new clause has the focus: typing goes into it, spaces do not add clauses', async () => {
    const user = userEvent.setup();
    await startDraft(user);
    const before = screen.getAllByRole('article').length;
    const a = screen.getByRole('article', { name: 'Clause considering a)' });
    await user.click(within(a).getByRole('button', { name: 'Insert after' }));
    await waitFor(() => expect(document.activeElement?.tagName).toBe('TEXTAREA'));
    await user.keyboard('a new clause with spaces');
    expect(screen.getAllByRole('article')).toHaveLength(before + 1);
    expect(screen.getByDisplayValue('a new clause with spaces')).toBe(document.activeElement);
    expect(screen.getByRole('article', { name: 'Clause considering b) (new)' })).toBeInTheDocument();
  });

  it('Reasons takes several lines; the draft name shows an example; the list names revisions in words', async () => {
    const user = userEvent.setup();
    const { unmount } = await startDraft(user, 'Worded');
    fireEvent.change(screen.getByRole('textbox', { name: 'Wording of resolves 1' }), {
      target: { value: 'to carry on the work;' },
    });
    const reasons = await screen.findByRole('textbox', { name: /Reasons/ });
    expect(reasons.tagName).toBe('TEXTAREA');
    await user.type(reasons, 'First line.{Enter}Second line.');
    expect((reasons as HTMLTextAreaElement).value).toBe('First line.\nSecond line.');
    expect(screen.getByRole('textbox', { name: 'Draft name' })).toHaveAttribute(
      'placeholder',
      expect.stringMatching(/^e\.g\. /),
    );
    await waitFor(() => expect(screen.getByText('All changes saved')).toBeInTheDocument());
    unmount();
    renderRoute('/propose');
    const item = (await screen.findByRole('link', { name: 'Worded' })).closest('li')!;
    expect(item.textContent).toMatch(/on Geneva 2022, last saved/);
    expect(item.textContent).not.toMatch(/2022-geneva/);
  });

  it('the header block is filled in field by field, a moved clause says where it stood, and the export carries both', async () => {
    const user = userEvent.setup();
    await startDraft(user, 'Contribution');
    const fill = (name: string, value: string) =>
      fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });
    fill('For the assembly', 'WTSA-24');
    fill('Document number', '43');
    fill('Addendum number', '16');
    fill('Source (administration or group)', 'Arab States');
    fill('Number of the first change', 'ARB/43A16/1');
    fill('Abstract', 'Brings the resolution up to date.');
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2024-09-19' } });
    const first = screen.getByRole('article', { name: 'Clause resolves 1' });
    await user.click(within(first).getByRole('button', { name: 'Move down' }));
    expect(screen.getByText('moved from where it stood as resolves 1')).toBeInTheDocument();
    const created: Blob[] = [];
    URL.createObjectURL = (b: Blob) => {
      created.push(b);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => {};
    await user.click(screen.getByRole('button', { name: 'Markdown' }));
    await waitFor(() => expect(created).toHaveLength(1));
    const md = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]!);
    });
    expect(md).toContain('**World Telecommunication Standardization Assembly (WTSA-24)**');
    expect(md).toContain('Addendum 16 to Document 43-E');
    expect(md).toContain('19 September 2024');
    expect(md).toContain('Original: English');
    expect(md).toContain('**Abstract:** Brings the resolution up to date.');
    expect(md).toMatch(/Moved here from where it stood as resolves 1/);
    expect(md).toMatch(/Moved by ARB\/43A16\/\d+: this is where the clause stood/);
  });

  it('undo and redo survive a reload', async () => {
    const user = userEvent.setup();
    const { router, unmount } = await startDraft(user, 'Undoable');
    fireEvent.change(screen.getByRole('textbox', { name: 'Wording of resolves 1' }), {
      target: { value: 'to carry on the work;' },
    });
    await waitFor(() => expect(screen.getByText('All changes saved')).toBeInTheDocument());
    const url = router.state.location.href;
    unmount();
    resetDraftStore();
    renderRoute(url);
    expect(await screen.findByDisplayValue('to carry on the work;')).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toBeEnabled();
    await user.click(undo);
    expect(screen.queryByDisplayValue('to carry on the work;')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(screen.getByDisplayValue('to carry on the work;')).toBeInTheDocument();
  });
});
