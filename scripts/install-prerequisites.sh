#!/usr/bin/env bash
# Installs the system packages the tests need, when they are missing:
# Mesa's CPU Vulkan driver (llvmpipe), the Vulkan loader and shaderc (HLSL -> SPIR-V).
set -euo pipefail

packages=(libvulkan1 mesa-vulkan-drivers libshaderc1 glslc)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
