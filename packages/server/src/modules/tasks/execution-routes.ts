import { EVIDENCE_MAX_BYTES, rolesFor } from '@cchc/domain';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AppError } from '../../errors.js';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { type RequestContext, requestContextOf } from '../../http/request-context.js';
import { fileStoreOf } from '../../storage/files-dir.js';
import {
  contributionIn,
  documentEvidenceIn,
  evidenceParams,
  idParams,
  milestoneIn,
  progressIn,
  returnIn,
  reviewIn,
  submitIn,
  taskDetailOut,
  triggerIn,
} from './schemas.js';
import {
  addDocumentEvidence,
  addFileEvidence,
  checkCanAddEvidence,
  findEvidenceFile,
  noEvidenceFile,
} from './use-cases/add-evidence.js';
import { acceptCompletion, approveForUnit, returnCompletion, submitCompletion } from './use-cases/complete-task.js';
import { readTask } from './use-cases/read-tasks.js';
import { recordMilestone } from './use-cases/record-milestone.js';
import { addContribution, recordProgress } from './use-cases/record-progress.js';
import { recordTrigger } from './use-cases/record-trigger.js';

const TAGS = ['tasks'];
const EXECUTE = { policy: { roles: rolesFor('tasks.execute') } };
const REVIEW = { policy: { roles: rolesFor('tasks.review') } };
const INLINE_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

/** A task action: its path under /tasks/:id, who may call it, its body and the use case it runs. */
interface TaskAction<S extends z.ZodType> {
  path: string;
  config: { policy: { roles: ReturnType<typeof rolesFor> } };
  body: S;
  run(change: RequestContext, taskId: string, body: z.infer<S>): Promise<unknown>;
}

const action = <S extends z.ZodType>(a: TaskAction<S>) => a as unknown as TaskAction<z.ZodType>;

/** The writes of task execution, one small handler each; every one answers with the task's page as it is after. */
function taskActions(deps: AppDeps): TaskAction<z.ZodType>[] {
  const db = deps.db;
  return [
    action({ path: 'updates', config: EXECUTE, body: progressIn, run: (c, id, b) => recordProgress(db, c, id, b) }),
    action({
      path: 'contributions',
      config: EXECUTE,
      body: contributionIn,
      run: (c, id, b) => addContribution(db, c, id, b),
    }),
    action({
      path: 'evidence/documents',
      config: EXECUTE,
      body: documentEvidenceIn,
      run: (c, id, b) => addDocumentEvidence(db, c, id, b),
    }),
    action({ path: 'submit', config: EXECUTE, body: submitIn, run: (c, id, b) => submitCompletion(db, c, id, b) }),
    action({
      path: 'unit-approval',
      config: REVIEW,
      body: reviewIn,
      run: (c, id, b) => approveForUnit(db, c, id, b.comment),
    }),
    action({
      path: 'accept',
      config: REVIEW,
      body: reviewIn,
      run: (c, id, b) => acceptCompletion(db, c, id, b.comment),
    }),
    action({
      path: 'return',
      config: REVIEW,
      body: returnIn,
      run: (c, id, b) => returnCompletion(db, c, id, b.comment),
    }),
    action({ path: 'trigger', config: EXECUTE, body: triggerIn, run: (c, id, b) => recordTrigger(db, c, id, b) }),
    action({
      path: 'milestones',
      config: EXECUTE,
      body: milestoneIn,
      run: (c, id, b) => recordMilestone(db, c, id, b),
    }),
  ];
}

/** Task execution: progress, contributions, evidence, completion and its review, triggers of event tasks. */
export function executionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const files = fileStoreOf(deps.config);
  return async (app) => {
    // One file per request; the stream stops one byte past the largest kind's limit (413 with the limit's text).
    await app.register(multipart, { limits: { files: 1, fileSize: EVIDENCE_MAX_BYTES, fields: 5, parts: 6 } });

    for (const a of taskActions(deps)) {
      app.post(
        `/tasks/:id/${a.path}`,
        { config: a.config, schema: { tags: TAGS, params: idParams, body: a.body, response: { 200: taskDetailOut } } },
        async (request) => {
          const change = requestContextOf(deps, request);
          await a.run(change, request.params.id, request.body);
          return readTask(deps.db, change.auth, change.now, request.params.id);
        },
      );
    }

    app.post(
      '/tasks/:id/evidence',
      {
        config: EXECUTE,
        schema: { tags: TAGS, params: idParams, consumes: ['multipart/form-data'], response: { 201: taskDetailOut } },
      },
      async (request, reply) => {
        const change = requestContextOf(deps, request);
        await checkCanAddEvidence(deps.db, change, request.params.id);
        const part = request.isMultipart() ? await request.file() : undefined;
        if (!part) throw noEvidenceFile(change.lang);
        const upload = { fileName: part.filename, stream: part.file, truncated: () => part.file.truncated };
        await addFileEvidence(deps.db, change, request.params.id, upload, files, EVIDENCE_MAX_BYTES);
        return reply.status(201).send(await readTask(deps.db, change.auth, change.now, request.params.id));
      },
    );

    app.get(
      '/tasks/:id/evidence/:evidenceId/file',
      { config: { policy: { roles: rolesFor('tasks.view') } }, schema: { tags: TAGS, params: evidenceParams } },
      async (request, reply) => {
        const { id, evidenceId } = request.params;
        const file = await findEvidenceFile(deps.db, authOf(request).tenantId, id, evidenceId);
        const stream = await files.open(file.sha256);
        if (!stream) throw new AppError('not_found');
        const mime = file.mimeType ?? 'application/octet-stream';
        const disposition = INLINE_TYPES.has(mime) ? 'inline' : 'attachment';
        return reply
          .type(mime)
          .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('x-content-type-options', 'nosniff')
          .send(stream);
      },
    );
  };
}
