/**
 * Answers given and the 👍/👎 they received, in SQLite. Powers `unione stats`: questions answered,
 * not-found rate and votes per source. Questions are stored here (local database) but never logged.
 */
import { randomUUID } from "node:crypto";
import type { AskResult } from "../core/types.js";
import type { SqliteDatabase } from "./database.js";

export type Vote = "up" | "down";

export interface AnswerEntry {
  question: string;
  result: AskResult;
  user: string | null;
  channel: string | null;
  transport?: string;
}

export interface SourceVotes {
  path: string;
  title: string;
  up: number;
  down: number;
}

export interface FeedbackStats {
  questions: number;
  /** Questions where retrieval found something relevant. */
  answered: number;
  notFound: number;
  /** notFound / questions, 0 when there are no questions. */
  notFoundRate: number;
  up: number;
  down: number;
  /** Votes per cited source, most voted first. */
  perSource: SourceVotes[];
  /** Questions per transport ("slack", "console", "cli"; "altro" for answers stored without one). */
  byTransport?: Record<string, number>;
}

export interface FeedbackStore {
  /** Stores an answer with its question and sources; returns the id the feedback buttons carry. */
  recordAnswer(entry: AnswerEntry): string;
  /** One vote per user and answer (a new vote replaces the old one). False when the answer is unknown. */
  recordFeedback(vote: { answerId: string; user: string; vote: Vote }): boolean;
  votesFor(answerId: string): { up: number; down: number };
  stats(): FeedbackStats;
}

interface SourceRow {
  source_path: string;
  title: string;
  up: number;
  down: number;
}

export function createFeedbackStore(
  database: SqliteDatabase,
  options: { clock?: () => Date; newId?: () => string } = {},
): FeedbackStore {
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  database.exec(`
    CREATE TABLE IF NOT EXISTS answers (
      id TEXT PRIMARY KEY,
      at TEXT NOT NULL,
      user TEXT,
      channel TEXT,
      transport TEXT,
      question TEXT NOT NULL,
      found INTEGER NOT NULL,
      mode TEXT NOT NULL,
      sources TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS answer_feedback (
      answer_id TEXT NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
      user TEXT NOT NULL,
      vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
      at TEXT NOT NULL,
      PRIMARY KEY (answer_id, user)
    );
  `);
  const insertAnswer = database.prepare(
    "INSERT INTO answers (id, at, user, channel, transport, question, found, mode, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const answerExists = database.prepare<[string], { id: string }>("SELECT id FROM answers WHERE id = ?");
  const upsertVote = database.prepare(
    `INSERT INTO answer_feedback (answer_id, user, vote, at) VALUES (?, ?, ?, ?)
     ON CONFLICT(answer_id, user) DO UPDATE SET vote = excluded.vote, at = excluded.at`,
  );
  const votes = database.prepare<[string], { up: number | null; down: number | null }>(
    "SELECT SUM(vote = 'up') AS up, SUM(vote = 'down') AS down FROM answer_feedback WHERE answer_id = ?",
  );
  const totals = database.prepare<[], { questions: number; answered: number | null }>(
    "SELECT COUNT(*) AS questions, SUM(found) AS answered FROM answers",
  );
  const transportTotals = database.prepare<[], { transport: string | null; questions: number }>(
    "SELECT transport, COUNT(*) AS questions FROM answers GROUP BY transport ORDER BY transport",
  );
  const voteTotals = database.prepare<[], { up: number | null; down: number | null }>(
    "SELECT SUM(vote = 'up') AS up, SUM(vote = 'down') AS down FROM answer_feedback",
  );
  const perSource = database.prepare<[], SourceRow>(`
    SELECT json_extract(source.value, '$.path') AS source_path, MAX(json_extract(source.value, '$.title')) AS title,
           SUM(feedback.vote = 'up') AS up, SUM(feedback.vote = 'down') AS down
    FROM answer_feedback AS feedback
    JOIN answers ON answers.id = feedback.answer_id, json_each(answers.sources) AS source
    GROUP BY source_path ORDER BY up + down DESC, source_path`);

  return {
    recordAnswer(entry) {
      const id = newId();
      insertAnswer.run(
        id,
        clock().toISOString(),
        entry.user,
        entry.channel,
        entry.transport ?? null,
        entry.question,
        entry.result.found ? 1 : 0,
        entry.result.mode,
        JSON.stringify(citedSources(entry.result)),
      );
      return id;
    },
    recordFeedback({ answerId, user, vote }) {
      if (!answerExists.get(answerId)) return false;
      upsertVote.run(answerId, user, vote, clock().toISOString());
      return true;
    },
    votesFor(answerId) {
      const row = votes.get(answerId);
      return { up: row?.up ?? 0, down: row?.down ?? 0 };
    },
    stats() {
      const total = totals.get() ?? { questions: 0, answered: 0 };
      const answered = total.answered ?? 0;
      const voteRow = voteTotals.get();
      return {
        questions: total.questions,
        answered,
        notFound: total.questions - answered,
        notFoundRate: total.questions === 0 ? 0 : (total.questions - answered) / total.questions,
        up: voteRow?.up ?? 0,
        down: voteRow?.down ?? 0,
        perSource: perSource
          .all()
          .map((row) => ({ path: row.source_path, title: row.title, up: row.up, down: row.down })),
        byTransport: Object.fromEntries(transportTotals.all().map((row) => [row.transport ?? "altro", row.questions])),
      };
    },
  };
}

/** Sources as stored: metadata only (never passage text), one entry per path. */
function citedSources(
  result: AskResult,
): { path: string; title: string; article: string | null; page: number | null }[] {
  const seen = new Set<string>();
  const sources = [];
  for (const source of result.sources) {
    if (seen.has(source.path)) continue;
    seen.add(source.path);
    sources.push({ path: source.path, title: source.title, article: source.article, page: source.page });
  }
  return sources;
}
