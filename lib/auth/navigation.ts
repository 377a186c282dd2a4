import { can, type Permission, type Role } from './permissions';

interface NavItem {
  href: string;
  label: string;
  permission: Permission;
}

const NAV_ITEMS: NavItem[] = [
  { href: '/diary', label: 'My diary', permission: 'diary:own' },
  { href: '/diary/new', label: 'Add a night', permission: 'diary:own' },
  { href: '/profile', label: 'My health', permission: 'profile:own' },
  { href: '/guide', label: 'Self-care guide', permission: 'diary:own' },
  { href: '/diary/reminders', label: 'Reminders', permission: 'reminders:own' },
  { href: '/clinician', label: 'Worklist', permission: 'flags:act' },
  { href: '/clinician/patients', label: 'Patients', permission: 'patients:read' },
  { href: '/admin/users', label: 'Accounts', permission: 'users:manage' },
  { href: '/admin/audit', label: 'Audit log', permission: 'audit:read' },
  { href: '/admin/rules', label: 'Rule statistics', permission: 'rules:stats' },
  { href: '/admin/notifications', label: 'Notifications', permission: 'notifications:manage' },
  { href: '/admin/deliveries', label: 'Delivery log', permission: 'notifications:manage' },
];

/** The navigation links a role may follow. */
export function navigationFor(role: Role): Array<Pick<NavItem, 'href' | 'label'>> {
  return NAV_ITEMS.filter((item) => can(role, item.permission)).map(({ href, label }) => ({ href, label }));
}
