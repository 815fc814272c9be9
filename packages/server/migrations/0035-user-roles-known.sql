-- A user's roles are the domain's roles only (packages/domain/src/org/roles.ts, ROLES): the users API answers them
-- as an enum, so one stray value made it fail with a 500. The API, the accounts import and the CLI all check roles
-- against ROLES, so a stray value can come only from an edit by hand. It granted nothing (capabilities are granted
-- to known roles), so dropping it here changes no one's access and lets the constraint hold on existing data; a
-- user left with no role reads as a user without rights, as before. A new role needs a migration that replaces
-- this constraint (test/user-roles.test.ts fails until then).
UPDATE users
SET roles = ARRAY(
  SELECT r FROM unnest(roles) WITH ORDINALITY AS u (r, i)
  WHERE r IN ('city_admin', 'city_observer', 'ward_admin', 'chairman', 'coordinator', 'unit_head', 'officer',
    'one_stop_officer', 'observer')
  ORDER BY i
)
WHERE NOT roles <@ ARRAY['city_admin', 'city_observer', 'ward_admin', 'chairman', 'coordinator', 'unit_head',
  'officer', 'one_stop_officer', 'observer'];

ALTER TABLE users ADD CONSTRAINT users_roles_known CHECK (
  roles <@ ARRAY['city_admin', 'city_observer', 'ward_admin', 'chairman', 'coordinator', 'unit_head', 'officer',
    'one_stop_officer', 'observer']::text[]
);
