import { defineModule } from '../module.ts';
import { messages } from './messages.ts';
import { organisationRules } from './permissions.ts';
import { seedOrganisation } from './seed.ts';

/** Organisations (each city or institution its own space), their settings and department tree. */
export default defineModule({
  name: 'organisations',
  messages,
  rules: organisationRules,
  constraints: {
    organisations_slug_unique: { field: 'slug', message: 'organisations.slug.taken' },
    departments_org_key_unique: { field: 'key', message: 'organisations.department_key.taken' },
    organisations_accent_colour: {
      field: 'accentColour',
      message: 'branding.accent.contrast_low',
    },
    organisation_logos_content_type: { field: 'logo', message: 'branding.logo.type' },
    organisation_logos_size: { field: 'logo', message: 'branding.logo.too_large_db' },
    departments_no_cycles: {
      field: 'parentId',
      message: 'organisation_admin.department.parent_cycle',
    },
  },
  adminTools: [
    {
      href: '/admin/organisation',
      title: 'organisation_admin.index.settings',
      description: 'organisation_admin.index.settings_desc',
      action: 'organisation.manage_settings',
    },
    {
      href: '/admin/organisation/branding',
      title: 'branding.title',
      description: 'branding.index_desc',
      action: 'organisation.manage_settings',
    },
    {
      href: '/admin/sso',
      title: 'organisation_admin.index.sso',
      description: 'organisation_admin.index.sso_desc',
      action: 'organisation.manage_settings',
    },
    {
      href: '/admin/departments',
      title: 'organisation_admin.index.departments',
      description: 'organisation_admin.index.departments_desc',
      action: 'organisation.manage_departments',
    },
  ],
  seed: seedOrganisation,
  e2ePages: [
    { path: '/admin/organisation', as: 'admin' },
    { path: '/admin/sso', as: 'admin' },
    { path: '/admin/departments', as: 'admin', follow: 'main a[href^="/admin/departments/"]' },
    { path: '/admin/organisation', as: 'employee', status: 403 },
    { path: '/admin/organisation/branding', as: 'admin' },
    { path: '/admin/organisation/branding', as: 'employee', status: 403 },
  ],
});
