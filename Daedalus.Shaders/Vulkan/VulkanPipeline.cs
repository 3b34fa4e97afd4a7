namespace Daedalus.Shaders.Vulkan;

/// <summary>One shader's compute pipeline and its descriptor-set layout (binding 0: constants; i + 1: buffer i).</summary>
internal sealed unsafe class VulkanPipeline : IDisposable
{
    private readonly VulkanDevice _device;

    public VulkanPipeline(VulkanDevice device, ShaderInfo info)
    {
        _device = device;
        if (info.Hlsl.Length == 0)
            throw new InvalidOperationException(info.TranspileError ?? $"{info.Name} has no HLSL.");
        var spirv = Shaderc.CompileCompute(info.Name, info.Hlsl);

        var bindings = stackalloc VkDescriptorSetLayoutBinding[info.Resources.Length + 1];
        bindings[0] = new VkDescriptorSetLayoutBinding { Binding = 0, DescriptorType = Vk.DescriptorUniformBuffer, DescriptorCount = 1, StageFlags = Vk.StageCompute };
        for (var i = 0; i < info.Resources.Length; i++)
        {
            bindings[i + 1] = new VkDescriptorSetLayoutBinding
            {
                Binding = (uint)(i + 1),
                DescriptorType = DescriptorType(info.Resources[i]),
                DescriptorCount = 1,
                StageFlags = Vk.StageCompute,
            };
        }
        var layoutInfo = new VkDescriptorSetLayoutCreateInfo
        {
            SType = Vk.StructDescriptorSetLayoutCreateInfo, BindingCount = (uint)info.Resources.Length + 1, PBindings = bindings,
        };
        ulong setLayout, pipelineLayout, module, pipeline;
        Vk.Check(Vk.CreateDescriptorSetLayout(device.Handle, &layoutInfo, null, &setLayout), "vkCreateDescriptorSetLayout");
        SetLayout = setLayout;
        var pipelineLayoutInfo = new VkPipelineLayoutCreateInfo { SType = Vk.StructPipelineLayoutCreateInfo, SetLayoutCount = 1, PSetLayouts = &setLayout };
        Vk.Check(Vk.CreatePipelineLayout(device.Handle, &pipelineLayoutInfo, null, &pipelineLayout), "vkCreatePipelineLayout");
        Layout = pipelineLayout;

        fixed (byte* code = spirv)
        {
            var moduleInfo = new VkShaderModuleCreateInfo { SType = Vk.StructShaderModuleCreateInfo, CodeSize = (nuint)spirv.Length, PCode = (uint*)code };
            Vk.Check(Vk.CreateShaderModule(device.Handle, &moduleInfo, null, &module), "vkCreateShaderModule");
        }
        try
        {
            var entry = "main\0"u8;
            fixed (byte* entryPtr = entry)
            {
                var pipelineInfo = new VkComputePipelineCreateInfo
                {
                    SType = Vk.StructComputePipelineCreateInfo,
                    Stage = new VkPipelineShaderStageCreateInfo
                    {
                        SType = Vk.StructPipelineShaderStageCreateInfo, Stage = Vk.StageCompute, Module = module, PName = entryPtr,
                    },
                    Layout = pipelineLayout,
                    BasePipelineIndex = -1,
                };
                Vk.Check(Vk.CreateComputePipelines(device.Handle, 0, 1, &pipelineInfo, null, &pipeline), $"vkCreateComputePipelines({info.Name})");
            }
        }
        finally
        {
            Vk.DestroyShaderModule(device.Handle, module, null);
        }
        Pipeline = pipeline;
    }

    public ulong SetLayout { get; private set; }

    public ulong Layout { get; private set; }

    public ulong Pipeline { get; private set; }

    public static uint DescriptorType(ResourceKind kind) =>
        kind == ResourceKind.Constant ? Vk.DescriptorUniformBuffer : Vk.DescriptorStorageBuffer;

    public void Dispose()
    {
        if (Pipeline == 0) return;
        Vk.DestroyPipeline(_device.Handle, Pipeline, null);
        Vk.DestroyPipelineLayout(_device.Handle, Layout, null);
        Vk.DestroyDescriptorSetLayout(_device.Handle, SetLayout, null);
        Pipeline = Layout = SetLayout = 0;
    }
}
