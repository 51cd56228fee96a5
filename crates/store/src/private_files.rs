//! The order store holds customers' names, addresses and e-mails, and a shop computer is often
//! shared between accounts: everything the app keeps is readable by the user who runs it and
//! nobody else. On Unix that is folders `0700` and files `0600`; on Windows the per-user profile
//! folders the app uses (`%APPDATA%`, `%LOCALAPPDATA%`) already carry an ACL for that user,
//! SYSTEM and Administrators only, so nothing is changed there.

use std::path::{Path, PathBuf};

use serde::Serialize;

/// A file or folder that other accounts can read and that could not be made private.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExposedPath {
    pub path: PathBuf,
    /// The permission bits as found, e.g. `0o755`.
    pub mode: u32,
    /// Why it could not be changed, as the system said it.
    pub reason: String,
}

impl ExposedPath {
    /// `/home/ann/.local/share/x (drwxr-xr-x): Operation not permitted`
    pub fn describe(&self) -> String {
        format!(
            "{} (mode {:o}): {}",
            self.path.display(),
            self.mode & 0o777,
            self.reason
        )
    }
}

/// From now on, every file and folder this process (and the processes it starts, such as the
/// window's web engine) creates is private to the user, whatever the session's umask says.
/// Set once at start, before any file is written.
pub fn keep_new_files_private() {
    #[cfg(unix)]
    {
        rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    }
}

/// Create `dir` (and missing parents) readable by the user only.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Create `path` empty if it does not exist, readable and writable by the user only. SQLite
/// gives its `-wal` and `-shm` files the permissions of the database file, so creating the
/// database this way keeps those private too.
pub fn create_private_file(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map(drop)
}

/// Write `contents` to a file only the user can read (replacing an existing file's content
/// and narrowing its permissions first).
pub fn write_private_file(path: &Path, contents: impl AsRef<[u8]>) -> std::io::Result<()> {
    create_private_file(path)?;
    #[cfg(unix)]
    set_mode(path, 0o600)?;
    std::fs::write(path, contents)
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

/// Make `dir`, and every folder and file below it, private to the user: the folder of an older
/// version may have been created `0755` with `0644` files in it. Symbolic links are not
/// followed. Returns what other accounts can still read because it could not be changed (not
/// the owner, a read-only disk); a missing `dir` is nothing to tighten.
pub fn tighten(dir: &Path) -> Vec<ExposedPath> {
    #[cfg(unix)]
    {
        let mut exposed = Vec::new();
        tighten_with(dir, &mut |path, mode| set_mode(path, mode), &mut exposed);
        exposed
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Vec::new()
    }
}

/// Group and other permission bits.
#[cfg(unix)]
const SHARED_BITS: u32 = 0o077;

#[cfg(unix)]
fn tighten_with(
    path: &Path,
    set: &mut dyn FnMut(&Path, u32) -> std::io::Result<()>,
    exposed: &mut Vec<ExposedPath>,
) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(info) = std::fs::symlink_metadata(path) else {
        return;
    };
    if info.file_type().is_symlink() {
        return;
    }
    let mode = info.permissions().mode();
    if mode & SHARED_BITS != 0 {
        let private = if info.is_dir() { 0o700 } else { mode & 0o700 };
        if let Err(error) = set(path, private) {
            exposed.push(ExposedPath {
                path: path.to_path_buf(),
                mode,
                reason: error.to_string(),
            });
        }
    }
    if info.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            return;
        };
        for entry in entries.flatten() {
            tighten_with(&entry.path(), set, exposed);
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::symlink_metadata(path)
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    }

    /// An older version's folder: readable by everyone, with a file, a sub-folder and a link.
    fn folder_of_an_older_version() -> (tempfile::TempDir, PathBuf) {
        let home = tempfile::tempdir().unwrap();
        let dir = home.path().join("order-sync-doctor");
        std::fs::create_dir_all(dir.join("reports")).unwrap();
        std::fs::write(dir.join("shop.sqlite"), "customers").unwrap();
        std::fs::write(dir.join("reports/old.html"), "report").unwrap();
        let outside = home.path().join("outside.txt");
        std::fs::write(&outside, "not ours").unwrap();
        std::os::unix::fs::symlink(&outside, dir.join("link")).unwrap();
        for (path, m) in [
            (dir.clone(), 0o755),
            (dir.join("reports"), 0o775),
            (dir.join("shop.sqlite"), 0o644),
            (dir.join("reports/old.html"), 0o664),
            (outside.clone(), 0o644),
        ] {
            set_mode(&path, m).unwrap();
        }
        (home, dir)
    }

    #[test]
    fn an_older_versions_open_folder_is_made_private_without_following_links() {
        let (home, dir) = folder_of_an_older_version();
        assert!(tighten(&dir).is_empty());
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&dir.join("reports")), 0o700);
        assert_eq!(mode(&dir.join("shop.sqlite")), 0o600);
        assert_eq!(mode(&dir.join("reports/old.html")), 0o600);
        assert_eq!(
            mode(&home.path().join("outside.txt")),
            0o644,
            "a link's target outside the folder is left alone"
        );
    }

    #[test]
    fn what_cannot_be_changed_is_reported_with_its_mode_and_reason() {
        let (_home, dir) = folder_of_an_older_version();
        let stuck = dir.join("shop.sqlite");
        let mut exposed = Vec::new();
        tighten_with(
            &dir,
            &mut |path, mode| {
                if path == stuck {
                    Err(std::io::Error::from(std::io::ErrorKind::PermissionDenied))
                } else {
                    set_mode(path, mode)
                }
            },
            &mut exposed,
        );
        assert_eq!(exposed.len(), 1, "{exposed:?}");
        assert_eq!(exposed[0].path, stuck);
        assert_eq!(exposed[0].mode & 0o777, 0o644);
        assert!(exposed[0].describe().contains("mode 644"), "{exposed:?}");
        assert_eq!(mode(&dir), 0o700, "the rest is still tightened");
    }

    #[test]
    fn new_folders_and_files_are_private_whatever_the_umask() {
        let home = tempfile::tempdir().unwrap();
        let dir = home.path().join("a/b");
        create_private_dir(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&home.path().join("a")), 0o700);
        let file = dir.join("simulated.env");
        std::fs::write(&file, "old").unwrap();
        set_mode(&file, 0o644).unwrap();
        write_private_file(&file, "SECRET=1").unwrap();
        assert_eq!(mode(&file), 0o600);
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "SECRET=1");
    }
}
