import { rolesFor } from '@cchc/domain';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { langFrom } from '../../i18n/messages.js';
import { schemaFieldErrors } from '../../i18n/zod-fields.js';
import { parError } from './messages.js';
import { parRepository, type SetRow } from './repository.js';
import {
  appraisalIn,
  assessmentOut,
  assessmentParams,
  cityWardParams,
  deadlineIn,
  idParams,
  importFields,
  setOut,
  setWithCriteriaOut,
  standingOut,
} from './schemas.js';
import { appraise, finalise } from './use-cases/appraisal.js';
import { cityIdOf, loadContext } from './use-cases/context.js';
import { importCriteriaSet } from './use-cases/import-set.js';
import { byStanding, standings } from './use-cases/standings.js';
import { assessmentView } from './use-cases/view.js';

const TAGS = ['par'];
const VIEW = { policy: { roles: rolesFor('city.view'), tenant: 'city' as const } };
const IMPORT = { policy: { roles: rolesFor('par.import_criteria'), tenant: 'city' as const } };
const APPRAISE = { policy: { roles: rolesFor('par.appraise'), tenant: 'city' as const } };
/** A criteria set of a few hundred rows is far below this. */
const MAX_BYTES = 10 * 1024 * 1024;

const presentSet = (s: SetRow): z.infer<typeof setOut> => ({
  id: s.id,
  kind: s.kind,
  year: s.year,
  version: s.version,
  title: s.title,
  totalPoints: Number(s.total_points),
  deadline: s.submit_deadline,
  fileName: s.file_name,
  importedAt: s.imported_at.toISOString(),
  warnings: s.warnings,
});

/** The multipart upload: its text fields and the one file, refused by field when missing or too big. */
async function readUpload(request: FastifyRequest, lang: ReturnType<typeof langFrom>) {
  const fields: Record<string, string> = {};
  let file: { name: string; bytes: Buffer } | null = null;
  if (!request.isMultipart()) throw parError('validation_failed', 'no_file', lang, {}, 'file');
  for await (const part of request.parts({ limits: { fileSize: MAX_BYTES, files: 1, fields: 5 } })) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      file = { name: part.filename, bytes };
    } else fields[part.fieldname] = String(part.value ?? '');
  }
  if (!file || file.bytes.length === 0) throw parError('validation_failed', 'no_file', lang, {}, 'file');
  const parsed = importFields.safeParse(fields);
  if (!parsed.success) {
    throw new AppError('validation_failed', undefined, schemaFieldErrors(importFields, fields, lang, 'file') ?? {});
  }
  return { file, fields: parsed.data };
}

/** The city's side: criteria sets, every ward's standing, appraisal and closing of each ward's assessment. */
export function cityParRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const lang = (request: FastifyRequest) => langFrom(request.headers['accept-language']);
  const wardOf = async (code: string, request: FastifyRequest) => {
    const ward = await parRepository(deps.db).wardByCode(code);
    if (!ward) throw parError('not_found', 'ward_not_found', lang(request));
    return ward;
  };
  /** The assessment of the ward named in the path (`/city/par/:kind/:year/wards/:code/…`), as the city acts on it. */
  const wardContext = async (request: FastifyRequest<{ Params: z.infer<typeof cityWardParams> }>) => {
    const { kind, year, code } = request.params;
    const ward = await wardOf(code, request);
    return loadContext(deps.db, ward.id, kind, year, deps.clock.now(), lang(request));
  };
  return async (app) => {
    if (!app.hasContentTypeParser('multipart/form-data')) {
      await app.register(multipart, { limits: { files: 1, fileSize: MAX_BYTES, fields: 5, parts: 6 } });
    }

    app.post(
      '/city/par/sets',
      { config: IMPORT, schema: { tags: TAGS, consumes: ['multipart/form-data'], response: { 201: setOut } } },
      async (request, reply) => {
        const auth = authOf(request);
        const l = lang(request);
        const { file, fields } = await readUpload(request, l);
        const cityId = await cityIdOf(deps.db, l);
        const { id } = await importCriteriaSet(deps.db, {
          cityId,
          userId: auth.userId,
          kind: fields.kind,
          year: typeof fields.year === 'number' ? fields.year : null,
          deadline: fields.deadline ? fields.deadline : null,
          fileName: file.name,
          bytes: file.bytes,
          now: deps.clock.now(),
          lang: l,
        });
        const set = await parRepository(deps.db).setById(cityId, id);
        return reply.status(201).send(presentSet(set as SetRow));
      },
    );

    app.get(
      '/city/par/sets',
      { config: VIEW, schema: { tags: TAGS, response: { 200: z.array(setOut) } } },
      async (request) => (await parRepository(deps.db).sets(await cityIdOf(deps.db, lang(request)))).map(presentSet),
    );

    app.get(
      '/city/par/sets/:id',
      { config: VIEW, schema: { tags: TAGS, params: idParams, response: { 200: setWithCriteriaOut } } },
      async (request) => {
        const cityId = await cityIdOf(deps.db, lang(request));
        const repo = parRepository(deps.db);
        const set = await repo.setById(cityId, request.params.id);
        if (!set) throw new AppError('not_found');
        return { ...presentSet(set), criteria: await repo.criteria(cityId, set.id) };
      },
    );

    app.patch(
      '/city/par/sets/:id',
      { config: IMPORT, schema: { tags: TAGS, params: idParams, body: deadlineIn, response: { 200: setOut } } },
      async (request) => {
        const cityId = await cityIdOf(deps.db, lang(request));
        const repo = parRepository(deps.db);
        const changed = await repo.setDeadline(cityId, request.params.id, request.body.deadline);
        if (Number(changed.numUpdatedRows) !== 1) throw new AppError('not_found');
        return presentSet((await repo.setById(cityId, request.params.id)) as SetRow);
      },
    );

    app.get(
      '/city/par/:kind/:year',
      { config: VIEW, schema: { tags: TAGS, params: assessmentParams, response: { 200: z.array(standingOut) } } },
      async (request) => {
        const cityId = await cityIdOf(deps.db, lang(request));
        return (await standings(deps.db, cityId, request.params.kind, request.params.year)).sort(byStanding);
      },
    );

    app.get(
      '/city/par/:kind/:year/wards/:code',
      { config: VIEW, schema: { tags: TAGS, params: cityWardParams, response: { 200: assessmentOut } } },
      async (request) => {
        const auth = authOf(request);
        const ward = await wardOf(request.params.code, request);
        const appraiser = rolesFor('par.appraise').some((r) => auth.roles.includes(r));
        const rights = { edit: false, submit: false, answer: false, appraise: appraiser };
        const { kind, year } = request.params;
        return (await assessmentView(deps.db, ward, kind, year, deps.clock.now(), lang(request), rights)).view;
      },
    );

    app.post(
      '/city/par/:kind/:year/wards/:code/appraisal',
      {
        config: APPRAISE,
        schema: {
          tags: TAGS,
          params: cityWardParams,
          body: appraisalIn,
          response: { 200: z.object({ ok: z.literal(true) }) },
        },
      },
      async (request) => {
        const ctx = await wardContext(request);
        await appraise(deps.db, authOf(request), ctx, request.body, deps.clock.now(), lang(request));
        return { ok: true as const };
      },
    );

    app.post(
      '/city/par/:kind/:year/wards/:code/finalise',
      {
        config: APPRAISE,
        schema: { tags: TAGS, params: cityWardParams, response: { 200: z.object({ score: z.number() }) } },
      },
      async (request) => {
        const ctx = await wardContext(request);
        return { score: await finalise(deps.db, authOf(request), ctx, deps.clock.now(), lang(request)) };
      },
    );
  };
}
