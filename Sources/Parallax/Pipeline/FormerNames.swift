// Names the pipeline had before issue 11, kept for the branches still using them; remove once
// every branch has merged it.

@available(*, deprecated, renamed: "StoryPipeline")
public typealias DigestPipeline = StoryPipeline
