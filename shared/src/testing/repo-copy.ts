// A throwaway copy of the working tree for tests that change the repository itself (a scaffolded department,
// a worked example): the sources as they are now, the installed packages shared by symlink, and the
// workspace packages (@onedoor/*) pointing into the copy, so the copy's code imports the copy's shared/.
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { REPO_ROOT } from "../system/service-command.js";

const LEFT_OUT = new Set(["node_modules", ".git", "data", "artifacts"]);

export interface RepositoryCopy {
  root: string;
  /** Links a workspace package added to the copy after it was made (e.g. a scaffolded department). */
  linkWorkspace(folder: string): Promise<void>;
  remove(): Promise<void>;
}

export async function copyRepository(): Promise<RepositoryCopy> {
  const root = await mkdtemp(join(tmpdir(), "onedoor-copy-"));
  await cp(REPO_ROOT, root, {
    recursive: true,
    filter: (source) => !LEFT_OUT.has(basename(source)) || source === REPO_ROOT,
  });
  const modules = join(root, "node_modules");
  await mkdir(join(modules, "@onedoor"), { recursive: true });
  for (const entry of await readdir(join(REPO_ROOT, "node_modules"))) {
    if (entry === "@onedoor") continue;
    await symlink(join(REPO_ROOT, "node_modules", entry), join(modules, entry));
  }
  const linkWorkspace = async (folder: string) => {
    const link = join(modules, "@onedoor", basename(folder));
    await symlink(relative(join(modules, "@onedoor"), join(root, folder)), link);
  };
  const workspaces = [
    "shared",
    "gateway",
    "test",
    ...(await readdir(join(root, "subgraphs"))).map((n) => join("subgraphs", n)),
  ];
  for (const folder of workspaces) {
    await linkWorkspace(folder);
    // npm puts a workspace's own version of a package beside it when the root holds another version.
    const own = join(REPO_ROOT, folder, "node_modules");
    if (existsSync(own)) await symlink(own, join(root, folder, "node_modules"));
  }
  return { root, linkWorkspace, remove: () => rm(root, { recursive: true, force: true }) };
}
