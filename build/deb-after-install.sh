#!/bin/bash
# The deb's postinst (electron-builder.yml `deb.afterInstall`; electron-builder fills in the
# dollar-brace names). It does what electron-builder 26's own after-install.tpl does, the
# command on the PATH, the MIME and desktop databases, the AppArmor profile, in an order that
# keeps Chromium's sandbox working on Ubuntu 23.10 and later (README "Installers"):
#
# There the kernel restricts unprivileged user namespaces to programs an AppArmor profile
# allows (kernel.apparmor_restrict_unprivileged_userns=1). electron-builder's template decides
# about the setuid chrome-sandbox first, by running `unshare --user true`, which succeeds there
# even though the namespace it makes is useless to Chromium; if the profile then fails to load,
# the app is left with neither sandbox and will not start. Here the profile is loaded first, and
# the setuid helper is the fallback wherever user namespaces are missing, or restricted with the
# profile not loaded. The sandbox is never turned off.

if type update-alternatives >/dev/null 2>&1; then
    # Remove a previous link that does not use update-alternatives.
    if [ -L '/usr/bin/${executable}' -a -e '/usr/bin/${executable}' -a "$(readlink '/usr/bin/${executable}')" != '/etc/alternatives/${executable}' ]; then
        rm -f '/usr/bin/${executable}'
    fi
    update-alternatives --install '/usr/bin/${executable}' '${executable}' '/opt/${sanitizedProductName}/${executable}' 100 || ln -sf '/opt/${sanitizedProductName}/${executable}' '/usr/bin/${executable}'
else
    ln -sf '/opt/${sanitizedProductName}/${executable}' '/usr/bin/${executable}'
fi

if hash update-mime-database 2>/dev/null; then
    update-mime-database /usr/share/mime || true
fi

if hash update-desktop-database 2>/dev/null; then
    update-desktop-database /usr/share/applications || true
fi

# The profile (electron-builder's apparmor-profile.tpl, in resources/) lets the app, and only
# it, make user namespaces. AppArmor before 4.0 (Ubuntu 22.04) cannot parse it and needs none.
profile_loaded=false
if apparmor_status --enabled >/dev/null 2>&1; then
    profile_source='/opt/${sanitizedProductName}/resources/apparmor-profile'
    profile_target='/etc/apparmor.d/${executable}'
    if apparmor_parser --skip-kernel-load --debug "$profile_source" >/dev/null 2>&1; then
        cp -f "$profile_source" "$profile_target"
        if hash ischroot 2>/dev/null && ischroot; then
            # Building a system image: the profile loads when that system boots.
            profile_loaded=true
        elif apparmor_parser --replace --write-cache --skip-read-cache "$profile_target"; then
            profile_loaded=true
        fi
    else
        echo "This AppArmor cannot read the profile for ${executable}; it is not installed."
    fi
fi

namespaces_restricted=false
if [ "$(cat /proc/sys/kernel/apparmor_restrict_unprivileged_userns 2>/dev/null)" = 1 ]; then
    namespaces_restricted=true
fi

if ! { [[ -L /proc/self/ns/user ]] && unshare --user true; } ||
    { [ "$namespaces_restricted" = true ] && [ "$profile_loaded" = false ]; }; then
    # No user namespaces for the app: Chromium's setuid sandbox helper takes over.
    chmod 4755 '/opt/${sanitizedProductName}/chrome-sandbox' || true
else
    chmod 0755 '/opt/${sanitizedProductName}/chrome-sandbox' || true
fi
